/**
 * Diagnostics: {@link org.redpress.diagnostics.Diagnostic} values with a {@link
 * org.redpress.diagnostics.SourcePosition}, the thread-safe sorted {@link
 * org.redpress.diagnostics.Diagnostics} collector and the message bundles keyed by stable codes.
 *
 * <p>May import: no other redpress package; every other package reports through this one.
 */
package org.redpress.diagnostics;

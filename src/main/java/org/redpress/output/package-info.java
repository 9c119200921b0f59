/**
 * Output: the in-memory {@link org.redpress.output.OutputFile} a build writes and the {@link
 * org.redpress.output.OutputStep} seam through which render and search each turn the site model
 * into files without knowing each other.
 *
 * <p>May import: diagnostics, model.
 */
package org.redpress.output;

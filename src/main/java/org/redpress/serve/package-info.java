/**
 * The preview server of {@code redpress serve}: the Jetty handlers (the last good build served
 * from memory, {@code /api/search}, the live-reload endpoints), watching {@code content/} and
 * {@code templates/} and rebuilding one change batch at a time, live reload over Server-Sent
 * Events, and the error overlay shown while a rebuild fails.
 *
 * <p>May import: hashing, diagnostics, content, model, output, search, build (and Jetty, Jackson).
 */
package org.redpress.serve;

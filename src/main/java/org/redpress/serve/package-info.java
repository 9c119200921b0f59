/**
 * The preview server of {@code redpress serve}: the Jetty handlers (the last good build served
 * from memory, {@code /api/search}, the live-reload endpoints), watching {@code content/} and
 * {@code templates/} and rebuilding one change batch at a time, live reload over Server-Sent
 * Events, and the error overlay shown while a rebuild fails.
 *
 * <p>May import: diagnostics, config, content, model, output, markdown, render, search, build.
 */
package org.redpress.serve;

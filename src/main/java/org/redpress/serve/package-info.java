/**
 * The preview server of {@code redpress serve}: the Jetty handlers ({@code /api/search}, the
 * live-reload endpoints, the site from memory), watching {@code content/} and {@code
 * templates/}, and the error overlay. A save rebuilds the model only ({@link
 * org.redpress.serve.PreviewRebuilder}, reusing unchanged files' parses through {@link
 * org.redpress.serve.ParsedFiles}); the new {@link org.redpress.serve.Generation} is swapped in
 * and browsers told to reload; each page is rendered on its first request and kept with its
 * generation. The whole-site render, link check, search index and {@code site/} follow in the
 * background ({@link org.redpress.serve.FollowUp}), and their errors reach the overlay.
 *
 * <p>May import: hashing, diagnostics, config, markdown, content, model, output, render, search, build (and Jetty, Jackson).
 */
package org.redpress.serve;

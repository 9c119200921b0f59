/**
 * Search: the Chinese analysis of {@code docs/search.md} as a Lucene analyzer, the in-memory
 * Lucene index with BM25 field weights used by the command line and the preview server, and the
 * export of the static, sharded index (from the same postings computed without Lucene, for the
 * build) with the browser engine that reads it ({@code engine.js}
 * among this package's resources, written to {@code search/engine.js}), which scores exactly as
 * Lucene does; the theme's results UI talks to that engine only through its documented API.
 *
 * <p>May import: hashing, diagnostics, config, markdown, content, model, output (and Lucene, Jackson).
 */
package org.redpress.search;

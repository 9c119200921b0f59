/**
 * Search: the Chinese analysis of {@code docs/search.md} as a Lucene analyzer, the in-memory
 * Lucene index with BM25 field weights used by the command line and the preview server, and the
 * export of the static, sharded index that the browser client {@code templates/assets/search.js}
 * scores exactly as Lucene does.
 *
 * <p>May import: diagnostics, config, content, model, output, markdown.
 */
package org.redpress.search;

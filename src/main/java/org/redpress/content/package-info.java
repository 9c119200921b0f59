/**
 * Content: walking {@code content/}, decoding files, splitting front matter, per-type schemas,
 * validation and reference resolution, producing typed {@link org.redpress.content.Record}s.
 *
 * <p>May import: geo, calendar, diagnostics, yaml, config, markdown (for its UrlPolicy; and Jackson, jsoup for SVG media).
 */
package org.redpress.content;

/**
 * Rendering: the Freemarker set-up (HTML auto-escaping on, nothing of the Java API reachable from
 * templates), the immutable view records templates see instead of the domain records, and the
 * {@link org.redpress.render.SiteRenderer} of one model, which turns it into in-memory files —
 * hashed theme assets, media copies, HTML pages, Atom feeds, the sitemap and robots.txt — either
 * all of them as a build's ordered steps, or one by its path as the preview asks. Both run the
 * same code, so a page is the same bytes either way. What a renderer renders (bodies, parsed
 * templates) lives and dies with its model; nothing is kept from one build to the next. The
 * {@link org.redpress.render.LinkChecker} proves every internal link and anchor of a rendered
 * site resolves.
 *
 * <p>May import: diagnostics, config, content, model, markdown (and jsoup, Freemarker).
 */
package org.redpress.render;

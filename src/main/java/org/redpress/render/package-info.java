/**
 * Rendering: the per-build Freemarker set-up (HTML auto-escaping for {@code .ftlh}, XML for
 * {@code .ftlx}, nothing of the Java API reachable from templates), the theme's words from
 * {@code templates/i18n/zh.yaml} ({@link org.redpress.render.ThemeMessages}, {@code t(…)} in
 * templates), the immutable view records templates see instead of the domain records (documented
 * in {@code docs/templates.md}, generated from their {@link org.redpress.render.Doc} annotations),
 * and the output steps that turn a {@link org.redpress.model.SiteModel} into in-memory files —
 * hashed theme assets, media copies, HTML pages, Atom feeds, the sitemap and robots.txt, each
 * through its template —
 * plus the {@link org.redpress.render.LinkChecker} that proves every internal link and anchor of
 * the rendered pages resolves. What the preview keeps from one rebuild to the next lives here
 * too: rendered pages with their inputs ({@link org.redpress.render.PageCache}, which also keeps
 * the record pages' looked-up inputs), rendered bodies ({@link org.redpress.render.BodyCache}) and
 * the links read from pages ({@link org.redpress.render.LinkScans}).
 *
 * <p>May import: hashing, diagnostics, config, markdown, content, model, output (and jsoup, Freemarker, Jackson YAML).
 */
package org.redpress.render;

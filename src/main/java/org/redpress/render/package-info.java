/**
 * Rendering: the Freemarker set-up (HTML auto-escaping for {@code .ftlh}, XML for {@code .ftlx},
 * nothing of the Java API reachable from templates), the theme's words from {@code
 * templates/i18n/zh.yaml} ({@link org.redpress.render.ThemeMessages}, {@code t(…)} in templates),
 * the immutable view records templates see instead of the domain records (documented in {@code
 * docs/templates.md}, generated from their {@link org.redpress.render.Doc} annotations), and the
 * {@link org.redpress.render.SiteRenderer} of one model, which turns it into in-memory files —
 * hashed theme assets, media copies, HTML pages, Atom feeds, the sitemap and robots.txt, each
 * through its template, and the PNG share cards, icons and web app manifest — either all of them as a build's ordered steps, or one by its path as
 * the preview asks. Both run the same code, so a page is the same bytes either way. What a
 * renderer renders (bodies, parsed templates) lives and dies with its model; nothing is kept
 * from one build to the next. The {@link org.redpress.render.LinkChecker} proves every internal
 * link and anchor of a rendered site resolves.
 *
 * <p>May import: hashing, geo, calendar, diagnostics, config, markdown, content, model, output, media (and jsoup, Freemarker, Jackson YAML, ZXing).
 */
package org.redpress.render;

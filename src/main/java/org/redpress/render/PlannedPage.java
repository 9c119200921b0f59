package org.redpress.render;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One HTML page the site will have: its site path ({@code practices/x/}, or {@code 404.html}),
 * the template, the date the sitemap gives it (null when unknown), whether the sitemap lists it,
 * the template model, built only when the page is rendered, and its {@code page} context alone,
 * which the share cards need without building a record's whole view a second time.
 */
record PlannedPage(String path, String template, LocalDate lastmod, boolean inSitemap,
    Supplier<Map<String, Object>> model, Supplier<PageContext> context) {

  /** A page whose context is taken from its model. */
  PlannedPage(String path, String template, LocalDate lastmod, boolean inSitemap, Supplier<Map<String, Object>> model) {
    this(path, template, lastmod, inSitemap, model, () -> (PageContext) model.get().get("page"));
  }

  /** The output file: {@code practices/x/index.html}. */
  String file() {
    return Links.file(path);
  }
}

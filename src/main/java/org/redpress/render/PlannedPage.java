package org.redpress.render;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One HTML page the site will have: its site path ({@code practices/x/}, or {@code 404.html}),
 * the template, the date the sitemap gives it (null when unknown), whether the sitemap lists it,
 * and the template model, built only when the page is rendered.
 */
record PlannedPage(String path, String template, LocalDate lastmod, boolean inSitemap,
    Supplier<Map<String, Object>> model) {

  /** The output file: {@code practices/x/index.html}. */
  String file() {
    return Links.file(path);
  }
}

package org.redpress.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One HTML page the site will have: its site path ({@code practices/x/}, or {@code 404.html}),
 * the template, the date the sitemap gives it (null when unknown), whether the sitemap lists it,
 * the template model, built only when the page is rendered, and its {@code inputs}.
 *
 * <p>{@code inputs} are the parts of the model the page's view reads beyond what every page
 * shares (site configuration, navigation, assets): its records, the records it links or lists,
 * its pager or term. Two builds whose shared parts and inputs are equal give this page the same
 * view, so the page cache can reuse it without building the view. Null for pages that read
 * too much of the model to list (the home page, search, 404): those are always compared by
 * their whole view.
 */
record PlannedPage(String path, String template, LocalDate lastmod, boolean inSitemap,
    Supplier<Map<String, Object>> model, List<Object> inputs) {

  /** The output file: {@code practices/x/index.html}. */
  String file() {
    return Links.file(path);
  }
}

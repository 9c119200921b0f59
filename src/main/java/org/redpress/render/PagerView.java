package org.redpress.render;

import java.util.List;

/**
 * The page links of a paginated list: "第 2 / 5 页", previous and next hrefs (null at the ends),
 * and a short window of numbered pages around the current one.
 */
public record PagerView(int number, int total, String previous, String next, List<NavItem> pages) {

  public PagerView {
    pages = List.copyOf(pages);
  }
}

package org.redpress.render;

import java.util.List;

/**
 * The page links of a paginated list: page {@code number} of {@code total}, previous and next
 * hrefs (null at the ends), and a short window of numbered pages around the current one.
 */
@Doc("The page links of a paginated list (partials/pager.ftlh).")
public record PagerView(
    @Doc("The current page, from 1.") int number,
    @Doc("How many pages there are.") int total,
    @Doc("The previous page; null on the first.") String previous,
    @Doc("The next page; null on the last.") String next,
    @Doc("The first, the last and two pages each side of the current one.") List<NavItem> pages) {

  public PagerView {
    pages = List.copyOf(pages);
  }
}

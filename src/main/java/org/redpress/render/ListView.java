package org.redpress.render;

import java.util.List;

/**
 * One page of a list — a type's records or a taxonomy term's — with an optional introduction,
 * the link back up (a term's taxonomy), the pager and the list's Atom feed when it has one.
 */
@Doc("One page of a type's list or of a taxonomy term (list.ftlh).")
public record ListView(
    @Doc("The title, with the page number from the second page on (message list.paged).") String title,
    @Doc("The introduction (list.intro.<type>, or the term's description); may be empty.") String intro,
    @Doc("A term's taxonomy index; null on a type's list.") LinkView parent,
    @Doc("The records of this page.") List<CardView> items,
    @Doc("The page links; null when the list fits on one page.") PagerView pager,
    @Doc("The list's Atom feed; null when it has none.") String feedHref,
    @Doc("Filter links (the materials list and its filter pages); empty elsewhere.") List<FilterGroup> filters) {

  public ListView {
    items = List.copyOf(items);
    filters = List.copyOf(filters);
  }
}

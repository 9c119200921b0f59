package org.redpress.render;

import java.util.List;

/**
 * One page of a list — a type's records or a taxonomy term's — with an optional introduction,
 * the link back up (a term's taxonomy), the pager and the list's Atom feed when it has one.
 */
public record ListView(
    String title, String intro, LinkView parent, List<CardView> items, PagerView pager, String feedHref) {

  public ListView {
    items = List.copyOf(items);
  }
}

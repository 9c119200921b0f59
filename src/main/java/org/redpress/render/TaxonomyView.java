package org.redpress.render;

import java.util.List;

/** An index of terms (programs, tags, years, venue types, learning paths) with their counts. */
public record TaxonomyView(String title, String intro, List<TermLink> terms) {

  public TaxonomyView {
    terms = List.copyOf(terms);
  }

  /** One term: its page, name, number of records and an optional line of description. */
  public record TermLink(String href, String name, int count, String description) {}
}

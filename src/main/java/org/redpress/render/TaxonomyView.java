package org.redpress.render;

import java.util.List;

/** An index of terms (programs, tags, years, venue types, learning paths) with their counts. */
@Doc("An index of terms: programs, tags, years, venue types or learning paths (taxonomy.ftlh).")
public record TaxonomyView(
    @Doc("The title (taxonomy.<key>.title, or page.series).") String title,
    @Doc("The introduction (taxonomy.<key>.intro, or series.intro); may be empty.") String intro,
    @Doc("The terms in display order.") List<TermLink> terms) {

  public TaxonomyView {
    terms = List.copyOf(terms);
  }

  /** One term: its page, name, number of records and an optional line of description. */
  @Doc("One term of an index, or a learning path.")
  public record TermLink(
      @Doc("The term's page.") String href,
      @Doc("Its name.") String name,
      @Doc("How many records (or lessons) it has.") int count,
      @Doc("A line of description; may be empty.") String description) {}
}

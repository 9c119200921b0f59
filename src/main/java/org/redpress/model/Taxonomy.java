package org.redpress.model;

import java.util.List;
import java.util.Optional;

/**
 * A way of grouping records: its key (the URL segment) and terms in display order. What the
 * site calls it is the theme's word (taxonomy.&lt;key&gt;.title in templates/i18n/zh.yaml).
 */
public record Taxonomy(String key, List<Term> terms) {

  public static final String PROGRAMS = "programs";
  public static final String TAGS = "tags";
  public static final String YEARS = "years";
  public static final String VENUE_TYPES = "venue-types";
  public static final String ORGANIZATIONS = "organizations";

  public Taxonomy {
    terms = List.copyOf(terms);
  }

  public Optional<Term> term(String slug) {
    return terms.stream().filter(t -> t.slug().equals(slug)).findFirst();
  }
}

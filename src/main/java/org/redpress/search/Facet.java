package org.redpress.search;

/** The facets a search can be filtered and counted by. */
public enum Facet {
  TYPE("type"),
  PROGRAM("program"),
  YEAR("year"),
  /** A venue's type (a site.yaml venue type key); venues only. */
  VENUE_TYPE("venueType"),
  /** A venue's area: the street (街道/镇) of its structured address, else its community (社区或村). */
  AREA("area");

  private final String key;

  Facet(String key) {
    this.key = key;
  }

  /** The Lucene field, URL parameter and JSON name. */
  public String key() {
    return key;
  }
}

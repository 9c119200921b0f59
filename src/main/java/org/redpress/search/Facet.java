package org.redpress.search;

import java.util.Locale;

/** The facets a search can be filtered and counted by. */
public enum Facet {
  TYPE,
  PROGRAM,
  YEAR;

  /** The Lucene field and URL parameter name. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

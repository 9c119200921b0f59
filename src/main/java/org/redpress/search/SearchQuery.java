package org.redpress.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What to search for: the typed text, facet filters (alternatives within a facet), and a page of hits. */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, int offset, int limit) {

  public static final int DEFAULT_LIMIT = 10;

  public SearchQuery {
    text = text == null ? "" : text;
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((f, v) -> { if (!v.isEmpty()) copy.put(f, Set.copyOf(v)); });
    filters = java.util.Collections.unmodifiableMap(copy);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** The first page of hits for {@code text}, unfiltered. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), 0, DEFAULT_LIMIT);
  }

  /** The same query also limited to {@code values} of {@code facet} (added to any already chosen). */
  public SearchQuery filter(Facet facet, String... values) {
    Map<Facet, Set<String>> f = new EnumMap<>(Facet.class);
    f.putAll(filters);
    Set<String> vs = new LinkedHashSet<>(f.getOrDefault(facet, Set.of()));
    vs.addAll(java.util.List.of(values));
    f.put(facet, vs);
    return new SearchQuery(text, f, offset, limit);
  }

  public SearchQuery page(int newOffset, int newLimit) {
    return new SearchQuery(text, filters, newOffset, newLimit);
  }
}

package org.redpress.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the number of all hits, whether the partial fallback (部分匹配) was
 * used, and the facet counts ({@code docs/search.md} §3.7).
 */
public record SearchResults(
    String query, long total, boolean partial, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** A facet value with its label and the number of hits that have it. */
  public record FacetCount(String value, String label, int count) {}
}

package org.redpress.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the number of all hits, whether the partial fallback (部分匹配) was
 * used, the facet counts ({@code docs/search.md} §3.7) and, when nothing matched, the site's
 * terms to suggest (您是不是要找 …).
 */
public record SearchResults(
    String query, long total, boolean partial, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets,
    List<String> suggestions) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    suggestions = List.copyOf(suggestions);
  }

  public SearchResults(
      String query, long total, boolean partial, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
    this(query, total, partial, hits, facets, List.of());
  }

  /**
   * The fields of {@code redpress search --json}, in order — {@code query}, {@code total},
   * {@code partial}, {@code hits} of {url, title, type, score} — which the preview server's
   * {@code /api/search} extends; one definition so the two cannot drift apart.
   */
  public Map<String, Object> summaryFields() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("query", query);
    root.put("total", total);
    root.put("partial", partial);
    List<Map<String, Object>> list = new ArrayList<>();
    for (SearchHit h : hits) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("url", h.url());
      hit.put("title", h.title());
      hit.put("type", h.type());
      hit.put("score", h.score());
      list.add(hit);
    }
    root.put("hits", list);
    if (!suggestions.isEmpty()) {
      root.put("suggestions", suggestions);
    }
    return root;
  }

  /** A facet value with its label and the number of hits that have it. */
  public record FacetCount(String value, String label, int count) {}
}

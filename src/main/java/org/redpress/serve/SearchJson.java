package org.redpress.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redpress.search.Facet;
import org.redpress.search.SearchHit;
import org.redpress.search.SearchResults;

/**
 * The body of {@code /api/search}: first exactly what {@code redpress search --json} prints
 * ({@code query, total, partial, hits: [{url, title, type, score}]}, same order), then what a
 * page of results needs besides: per hit the date, the title's and the snippet's highlight
 * ranges over plain text, and {@code page}, {@code limit} and the facet counts. Nothing in it is
 * HTML: a client marks the ranges itself.
 */
final class SearchJson {

  private SearchJson() {}

  static String of(SearchResults results, int page, int limit) {
    Map<String, Object> root = results.summaryFields();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> hits = (List<Map<String, Object>>) root.get("hits");
    for (int i = 0; i < hits.size(); i++) {
      SearchHit h = results.hits().get(i);
      Map<String, Object> hit = hits.get(i);
      hit.put("date", h.date() == null ? null : h.date().toString());
      hit.put("titleMarks", spans(h.titleMarks()));
      Map<String, Object> snippet = new LinkedHashMap<>();
      snippet.put("text", h.snippet().text());
      snippet.put("marks", spans(h.snippet()));
      hit.put("snippet", snippet);
    }
    root.put("page", page);
    root.put("limit", limit);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<Map<String, Object>> counts = new ArrayList<>();
      for (SearchResults.FacetCount c : results.facets().getOrDefault(f, List.of())) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", c.value());
        m.put("label", c.label());
        m.put("count", c.count());
        counts.add(m);
      }
      facets.put(f.key(), counts);
    }
    root.put("facets", facets);
    return Json.write(root);
  }



  /** Half-open UTF-16 ranges as {@code [[start, end], …]}. */
  private static List<int[]> spans(SearchHit.Highlighted h) {
    return h.marks().stream().map(s -> new int[] {s.start(), s.end()}).toList();
  }
}

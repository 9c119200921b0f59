package org.redpress.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redpress.config.SiteConfig;
import org.redpress.content.RecordType;

/**
 * Each facet's values in display order ({@code docs/search.md} §3.7) and every document's value
 * as index + 1 (0: none); the same table is exported for the client.
 */
final class FacetTable {

  /** A facet value and the label readers see. */
  record Value(String value, String label) {}

  private final Map<Facet, List<Value>> values = new EnumMap<>(Facet.class);
  private final Map<Facet, int[]> perDoc = new EnumMap<>(Facet.class);

  FacetTable(List<SearchDocument> docs, SiteConfig config) {
    for (Facet f : Facet.values()) {
      List<Value> vs = ordered(f, docs, config);
      Map<String, Integer> index = new LinkedHashMap<>();
      vs.forEach(v -> index.put(v.value(), index.size() + 1));
      int[] codes = new int[docs.size()];
      for (int d = 0; d < docs.size(); d++) {
        String v = docs.get(d).facet(f);
        codes[d] = v == null ? 0 : index.get(v);
      }
      values.put(f, List.copyOf(vs));
      perDoc.put(f, codes);
    }
  }

  List<Value> values(Facet f) {
    return values.get(f);
  }

  /** The value index + 1 of document {@code doc}, 0 when it has none. */
  int code(Facet f, int doc) {
    return perDoc.get(f)[doc];
  }

  int[] codes(Facet f) {
    return perDoc.get(f).clone();
  }

  /** Whether {@code doc} passes the filters of every facet except {@code skip} (null: all). */
  boolean passes(int doc, Map<Facet, Set<String>> filters, Facet skip) {
    for (Map.Entry<Facet, Set<String>> e : filters.entrySet()) {
      if (e.getKey() == skip || e.getValue().isEmpty()) {
        continue;
      }
      int code = code(e.getKey(), doc);
      if (code == 0 || !e.getValue().contains(values(e.getKey()).get(code - 1).value())) {
        return false;
      }
    }
    return true;
  }

  /** Disjunctive counts over {@code matching}: facet F counts documents passing every other facet's filter. */
  Map<Facet, List<SearchResults.FacetCount>> counts(BitSet matching, Map<Facet, Set<String>> filters) {
    Map<Facet, List<SearchResults.FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      int[] counts = new int[values(f).size() + 1];
      for (int d = matching.nextSetBit(0); d >= 0; d = matching.nextSetBit(d + 1)) {
        if (passes(d, filters, f)) {
          counts[code(f, d)]++;
        }
      }
      List<SearchResults.FacetCount> list = new ArrayList<>();
      for (int v = 1; v < counts.length; v++) {
        if (counts[v] > 0) {
          list.add(new SearchResults.FacetCount(values(f).get(v - 1).value(), values(f).get(v - 1).label(), counts[v]));
        }
      }
      out.put(f, List.copyOf(list));
    }
    return out;
  }

  /** Every facet with no values, for a query that matches nothing. */
  static Map<Facet, List<SearchResults.FacetCount>> empty() {
    Map<Facet, List<SearchResults.FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      out.put(f, List.of());
    }
    return out;
  }

  private static List<Value> ordered(Facet f, List<SearchDocument> docs, SiteConfig config) {
    Set<String> present = new java.util.HashSet<>();
    docs.forEach(d -> { if (d.facet(f) != null) present.add(d.facet(f)); });
    List<Value> out = new ArrayList<>();
    switch (f) {
      case TYPE -> {
        for (RecordType t : RecordType.values()) {
          if (present.contains(t.key())) {
            out.add(new Value(t.key(), t.chineseName()));
          }
        }
      }
      case PROGRAM -> {
        for (SiteConfig.Program p : config.programs()) {
          if (present.remove(p.key())) {
            out.add(new Value(p.key(), p.name()));
          }
        }
        present.stream().sorted().forEach(v -> out.add(new Value(v, v)));
      }
      case YEAR -> present.stream()
          .sorted(Comparator.comparing((String y) -> Integer.parseInt(y)).reversed())
          .forEach(y -> out.add(new Value(y, y + "年")));
    }
    return out;
  }
}

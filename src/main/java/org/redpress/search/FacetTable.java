package org.redpress.search;

import java.util.ArrayList;
import java.util.Collections;
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

  /** A fresh counter for one query with {@code filters}. */
  Tally tally(Map<Facet, Set<String>> filters) {
    return new Tally(filters);
  }

  /**
   * Facet counts of one query, fed one matching document at a time, which also tells whether
   * the document passes every filter. The filters are turned into one flag per value code up
   * front, so a document costs a few array reads however many records match (the common
   * one-character query matches nearly all of them).
   */
  final class Tally {

    private static final int FACETS = Facet.values().length;

    private final int[][] codes = new int[FACETS][];
    /** Per facet, whether each value code passes its filter; null: the facet is not filtered. */
    private final boolean[][] allowed = new boolean[FACETS][];
    private final int[][] counts = new int[FACETS][];

    private Tally(Map<Facet, Set<String>> filters) {
      for (Facet f : Facet.values()) {
        int i = f.ordinal();
        codes[i] = perDoc.get(f);
        counts[i] = new int[values(f).size() + 1];
        Set<String> chosen = filters.getOrDefault(f, Set.of());
        if (!chosen.isEmpty()) {
          allowed[i] = new boolean[values(f).size() + 1];
          for (int v = 1; v <= values(f).size(); v++) {
            allowed[i][v] = chosen.contains(values(f).get(v - 1).value());
          }
        }
      }
    }

    /** Counts {@code doc} where it belongs; true when it passes every filter (a hit). */
    boolean add(int doc) {
      int failed = 0;
      for (int i = 0; i < FACETS; i++) {
        if (allowed[i] != null && !allowed[i][codes[i][doc]]) {
          failed |= 1 << i;
        }
      }
      for (int i = 0; i < FACETS; i++) {
        // Disjunctive: facet i ignores its own filter.
        if ((failed & ~(1 << i)) == 0) {
          counts[i][codes[i][doc]]++;
        }
      }
      return failed == 0;
    }

    /** Adds the counts of {@code other}, which tallied other documents of the same query. */
    void addAll(Tally other) {
      for (int i = 0; i < FACETS; i++) {
        for (int v = 0; v < counts[i].length; v++) {
          counts[i][v] += other.counts[i][v];
        }
      }
    }

    /** Values with a count above zero, in each facet's display order. */
    Map<Facet, List<SearchResults.FacetCount>> counts() {
      Map<Facet, List<SearchResults.FacetCount>> out = new EnumMap<>(Facet.class);
      for (Facet f : Facet.values()) {
        int[] c = counts[f.ordinal()];
        List<SearchResults.FacetCount> list = new ArrayList<>();
        for (int v = 1; v < c.length; v++) {
          if (c[v] > 0) {
            list.add(new SearchResults.FacetCount(values(f).get(v - 1).value(), values(f).get(v - 1).label(), c[v]));
          }
        }
        out.put(f, List.copyOf(list));
      }
      // Kept with a cached ranking and shared by every page of its query.
      return Collections.unmodifiableMap(out);
    }
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
      case VENUE_TYPE -> {
        for (SiteConfig.VenueType t : config.venueTypes()) {
          if (present.remove(t.key())) {
            out.add(new Value(t.key(), t.name()));
          }
        }
        present.stream().sorted().forEach(v -> out.add(new Value(v, v)));
      }
      // An area has no key of its own: its name is value and label, sorted as the venues page sorts areas.
      case AREA -> present.stream().sorted().forEach(a -> out.add(new Value(a, a)));
    }
    return out;
  }
}

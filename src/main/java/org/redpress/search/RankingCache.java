package org.redpress.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The rankings of the queries asked last, per index, least recently used first out. Someone who
 * pages through results asks the same query again and again, and an index never changes after
 * it is built, so the next page can be a slice of a kept ranking instead of another pass over
 * thousands of matches. Bounded twice: at most {@link #CAPACITY} rankings of at most
 * {@link #MAX_DEPTH} hits each (two arrays of ints and floats, about 0.5 MB in all).
 */
final class RankingCache {

  static final int CAPACITY = 64;

  /** A deeper ranking is computed for its request and not kept. */
  static final int MAX_DEPTH = 1_000;

  /** A first page is ranked this deep (ten pages of ten), so that the next pages find it here. */
  static final int MIN_DEPTH = 100;

  /** A ranking and whether it came from the partial fallback. */
  record Entry(Ranking ranking, boolean partial) {

    /** Whether the ranking answers any page that ends at or before {@code depth}. */
    boolean reaches(int depth) {
      return ranking.docs().length >= depth || ranking.complete();
    }
  }

  /** What a ranking depends on: the distinct tokens (not their offsets in the text) and the filters. */
  private record Key(List<String> tokens, Map<Facet, Set<String>> filters) {}

  private final Map<Key, Entry> entries = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
      return size() > CAPACITY;
    }
  };

  /**
   * A ranking of {@code plan} under {@code filters} that reaches {@code depth}: a kept one, or
   * one made by {@code rank} (given the depth to rank to), kept when it is not too deep.
   */
  Entry get(QueryPlan plan, Map<Facet, Set<String>> filters, int depth, IntFunction<Entry> rank) {
    List<String> tokens = new java.util.ArrayList<>(plan.tokens().stream().map(t -> t.kind() + " " + t.term()).toList());
    plan.rankOnly().forEach(t -> tokens.add("+" + t.term()));
    tokens.add(plan.complete() ? "complete" : "incomplete");
    Key key = new Key(tokens, filters);
    Entry kept;
    synchronized (this) {
      kept = entries.get(key);
    }
    if (kept != null && kept.reaches(depth)) {
      return kept;
    }
    int deeper = Math.max(depth, MIN_DEPTH);
    if (deeper > MAX_DEPTH) {
      return rank.apply(depth);
    }
    // Ranked outside the lock: two requests for the same new query may both rank it, which
    // costs a little twice but never makes one wait for the other.
    Entry fresh = rank.apply(deeper);
    synchronized (this) {
      entries.put(key, fresh);
    }
    return fresh;
  }

  synchronized int size() {
    return entries.size();
  }
}

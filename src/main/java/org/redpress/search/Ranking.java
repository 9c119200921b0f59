package org.redpress.search;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one query: {@code matches} documents matched it, {@code total} of them pass
 * the filters, the best of those in rank order ({@code docs} with their {@code scores}, at most
 * the depth asked for), and the facet counts. Treat the arrays as read-only: a ranking is
 * shared by every page of its query.
 */
record Ranking(int matches, int total, int[] docs, float[] scores,
    Map<Facet, List<SearchResults.FacetCount>> facets) {

  /** Whether this ranking holds every hit, so it can answer a page at any depth. */
  boolean complete() {
    return docs.length == total;
  }
}

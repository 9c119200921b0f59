package org.redpress.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * One pass over the matches of an unfiltered query that yields everything a page of results
 * needs: the facet counts, the number of matches, the number of hits (matches that pass the
 * filters) and the best {@code depth} hits by score, then document number. Lucene thus walks
 * the matches once, instead of once for the fallback check, once for the facets and once for
 * the ranking; and only hits are scored.
 */
final class HitCollector extends SimpleCollector {

  private final FacetTable.Tally tally;
  private final int depth;
  /** A binary heap with the worst kept hit at the root, so a better hit replaces it in log(depth). */
  private int[] docs;
  private float[] scores;
  private int size;
  private int matches;
  private int hits;
  private int docBase;
  private Scorable scorer;

  HitCollector(FacetTable.Tally tally, int depth) {
    this.tally = tally;
    this.depth = depth;
    // Grown on demand: a deep page of a rare word should not allocate room for ten thousand hits.
    this.docs = new int[Math.min(depth, 64)];
    this.scores = new float[docs.length];
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) {
    docBase = context.docBase;
  }

  @Override
  public void setScorer(Scorable s) {
    scorer = s;
  }

  @Override
  public void collect(int doc) throws IOException {
    matches++;
    int global = docBase + doc;
    if (tally.add(global)) {
      hits++;
      offer(global, scorer.score());
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  /** Keeps the hit if it is among the best {@code depth} so far. */
  private void offer(int doc, float score) {
    if (size < depth) {
      if (size == docs.length) {
        int grown = (int) Math.min(depth, docs.length * 2L);
        docs = Arrays.copyOf(docs, grown);
        scores = Arrays.copyOf(scores, grown);
      }
      docs[size] = doc;
      scores[size] = score;
      up(size++);
    } else if (depth > 0 && better(doc, score, docs[0], scores[0])) {
      // Within a segment documents come in order, so an equal score never displaces the root.
      docs[0] = doc;
      scores[0] = score;
      down(0);
    }
  }

  /** Score descending, then document number ascending ({@code docs/search.md} §3.6). */
  private static boolean better(int doc, float score, int otherDoc, float otherScore) {
    return score > otherScore || (score == otherScore && doc < otherDoc);
  }

  private boolean worse(int i, int j) {
    return better(docs[j], scores[j], docs[i], scores[i]);
  }

  private void up(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!worse(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void down(int i) {
    while (true) {
      int left = 2 * i + 1;
      int worst = i;
      if (left < size && worse(left, worst)) {
        worst = left;
      }
      if (left + 1 < size && worse(left + 1, worst)) {
        worst = left + 1;
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int i, int j) {
    int d = docs[i];
    docs[i] = docs[j];
    docs[j] = d;
    float s = scores[i];
    scores[i] = scores[j];
    scores[j] = s;
  }

  /** The result; empties the heap, so call it once. */
  Ranking ranking() {
    int n = size;
    int[] rankedDocs = new int[n];
    float[] rankedScores = new float[n];
    // Heap sort: the root is the worst of those left, so it goes to the back.
    for (int i = n - 1; i >= 0; i--) {
      rankedDocs[i] = docs[0];
      rankedScores[i] = scores[0];
      size--;
      docs[0] = docs[size];
      scores[0] = scores[size];
      down(0);
    }
    return new Ranking(matches, hits, rankedDocs, rankedScores, tally.counts());
  }

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

  /** One collector per slice of the index; the partial rankings are merged at the end. */
  static final class Manager implements CollectorManager<HitCollector, Ranking> {

    private final FacetTable facets;
    private final Map<Facet, Set<String>> filters;
    private final int depth;

    Manager(FacetTable facets, Map<Facet, Set<String>> filters, int depth) {
      this.facets = facets;
      this.filters = filters;
      this.depth = depth;
    }

    @Override
    public HitCollector newCollector() {
      return new HitCollector(facets.tally(filters), depth);
    }

    @Override
    public Ranking reduce(Collection<HitCollector> collectors) {
      if (collectors.size() == 1) {
        return collectors.iterator().next().ranking();
      }
      HitCollector all = newCollector();
      for (HitCollector c : collectors) {
        all.matches += c.matches;
        all.hits += c.hits;
        all.tally.addAll(c.tally);
        for (int i = 0; i < c.size; i++) {
          all.offer(c.docs[i], c.scores[i]);
        }
      }
      return all.ranking();
    }
  }
}

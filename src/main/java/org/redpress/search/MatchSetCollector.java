package org.redpress.search;

import java.util.BitSet;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects every matching document number without scoring, for facet counts. */
final class MatchSetCollector extends SimpleCollector {

  private final BitSet docs = new BitSet();
  private int base;

  @Override
  protected void doSetNextReader(LeafReaderContext context) {
    base = context.docBase;
  }

  @Override
  public void collect(int doc) {
    docs.set(base + doc);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Merges the per-slice sets. */
  static final class Manager implements CollectorManager<MatchSetCollector, BitSet> {
    @Override
    public MatchSetCollector newCollector() {
      return new MatchSetCollector();
    }

    @Override
    public BitSet reduce(Collection<MatchSetCollector> collectors) {
      BitSet all = new BitSet();
      collectors.forEach(c -> all.or(c.docs));
      return all;
    }
  }
}

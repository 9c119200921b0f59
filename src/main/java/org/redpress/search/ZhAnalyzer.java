package org.redpress.search;

import org.apache.lucene.analysis.Analyzer;

/** The Lucene analyzer of {@code docs/search.md}: main tokens, or Han unigrams for the {@code .u} fields. */
public final class ZhAnalyzer extends Analyzer {

  private final boolean unigrams;

  private ZhAnalyzer(boolean unigrams) {
    super(Analyzer.PER_FIELD_REUSE_STRATEGY);
    this.unigrams = unigrams;
  }

  /** Alnum runs, Han bigrams and lone Han unigrams. */
  public static ZhAnalyzer main() {
    return new ZhAnalyzer(false);
  }

  /** Every Han character alone. */
  public static ZhAnalyzer unigrams() {
    return new ZhAnalyzer(true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new ZhTokenizer(unigrams));
  }
}

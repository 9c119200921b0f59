package org.redpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ParallelLeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.redpress.config.SiteConfig;
import org.redpress.model.SiteModel;

/**
 * The Lucene index of the published records, in memory ({@link ByteBuffersDirectory}), and the
 * query API of the command line and the preview server. Thread-safe for searching. Keeps the
 * rankings of its last queries ({@link RankingCache}), so the next page of a query is a slice.
 */
public final class SearchIndex implements AutoCloseable {

  /** Text fields: frequencies for BM25, norms for its length normalisation, no positions. */
  private static final FieldType TEXT = new FieldType();

  static {
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TEXT.setTokenized(true);
    TEXT.freeze();
  }

  private final List<SearchDocument> docs;
  private final SiteConfig config;
  private final float[] weights;
  private final FacetTable facets;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final RankingCache rankings = new RankingCache();
  private final QueryLexicon lexicon;

  private SearchIndex(List<SearchDocument> docs, SiteConfig config, DirectoryReader reader) {
    this.docs = List.copyOf(docs);
    this.lexicon = QueryLexicon.of(this.docs);
    this.config = config;
    this.weights = SearchFields.weights(config.searchWeights());
    this.facets = new FacetTable(docs, config);
    this.reader = reader;
    // No executor: the index is one segment, and the preview answers many requests at once on
    // few cores, where splitting one query over threads would only add hand-offs.
    this.searcher = new IndexSearcher(reader);
  }

  /** Indexes the model's published records. */
  public static SearchIndex build(SiteModel model) {
    return build(SearchDocuments.of(model), model.config());
  }

  /** Indexes {@code docs}; their order is the document number order, the tie-break. */
  public static SearchIndex build(List<SearchDocument> docs, SiteConfig config) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig iwc = new IndexWriterConfig(analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(256)
        .setCommitOnClose(true);
    try (IndexWriter writer = new IndexWriter(dir, iwc)) {
      for (SearchDocument d : docs) {
        writer.addDocument(luceneDocument(d));
      }
      // One segment: document numbers are the add order, and statistics are global.
      writer.forceMerge(1);
      writer.commit();
      return new SearchIndex(docs, config, DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (String f : SearchFields.TEXT) {
      perField.put(SearchFields.unigram(f), ZhAnalyzer.unigrams());
    }
    return new PerFieldAnalyzerWrapper(ZhAnalyzer.main(), perField);
  }

  private static Document luceneDocument(SearchDocument d) {
    Document doc = new Document();
    text(doc, "title", d.title());
    for (String tag : d.tags()) {
      text(doc, "tags", tag);
    }
    text(doc, "summary", d.summary());
    text(doc, "body", d.body());
    for (Facet f : Facet.values()) {
      if (d.facet(f) != null) {
        doc.add(new StringField(f.key(), d.facet(f), Field.Store.NO));
      }
    }
    if (d.organization() != null) {
      doc.add(new StringField(SearchFields.ORGANIZATION, d.organization(), Field.Store.NO));
    }
    return doc;
  }

  private static void text(Document doc, String field, String value) {
    if (value != null && !value.isEmpty()) {
      doc.add(new Field(field, value, TEXT));
      doc.add(new Field(SearchFields.unigram(field), value, TEXT));
    }
  }

  /** Runs {@code query}: ranked page of hits, total, partial flag, facet counts and, when nothing matches, suggestions. */
  public SearchResults search(SearchQuery query) {
    String text = QueryText.rewrite(query.text(), lexicon);
    QueryPlan plan = plan(text);
    if (plan.isEmpty()) {
      return new SearchResults(query.text(), 0, false, List.of(), FacetTable.empty(), suggest(text));
    }
    int depth = (int) Math.min(Integer.MAX_VALUE, (long) query.offset() + query.limit());
    RankingCache.Entry ranked = rankings.get(plan, query.filters(), depth, d -> rank(plan, query.filters()));
    Ranking ranking = ranked.ranking();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = query.offset(); i < ranking.docs().length && i < depth; i++) {
      hits.add(hit(ranking.docs()[i], ranking.scores()[i], plan));
    }
    return new SearchResults(query.text(), ranking.total(), ranked.partial(), hits, ranking.facets(),
        ranking.matches() == 0 ? suggest(text) : List.of());
  }

  /** The plan of rewritten query text, with the tokens the index lacks resolved away (§3.2). */
  QueryPlan plan(String rewritten) {
    return QueryPlan.of(rewritten).resolve(this::indexed);
  }

  private List<String> suggest(String rewritten) {
    return QueryText.suggestions(rewritten, lexicon);
  }

  /** Whether any document has {@code token} in one of the fields it is looked up in. */
  private boolean indexed(ZhTokens.Token token) {
    try {
      for (String field : SearchFields.TEXT) {
        String f = token.kind() == ZhTokens.Kind.UNIGRAM ? SearchFields.unigram(field) : field;
        if (leaf().docFreq(new Term(f, token.term())) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every hit of {@code plan} that passes {@code filters} (§3.3–3.6): documents that match at
   * least half of the counted tokens (or as many as the best one does, if fewer), ordered by how
   * many they match, then score, then document number.
   */
  private RankingCache.Entry rank(QueryPlan plan, Map<Facet, Set<String>> filters) {
    int n = docs.size();
    double[] sum = new double[n];
    int[] count = new int[n];
    for (ZhTokens.Token t : plan.tokens()) {
      score(t, sum, count, true);
    }
    for (ZhTokens.Token t : plan.rankOnly()) {
      score(t, sum, count, false);
    }
    int k = plan.tokens().size();
    int best = 0;
    for (int c : count) {
      best = Math.max(best, c);
    }
    int need = Math.max(1, Math.min(best, (k + 1) / 2));
    FacetTable.Tally tally = facets.tally(filters);
    List<Integer> passing = new ArrayList<>();
    int matches = 0;
    for (int d = 0; d < n; d++) {
      if (count[d] >= need) {
        matches++;
        if (tally.add(d)) {
          passing.add(d);
        }
      }
    }
    passing.sort((a, b) -> count[a] != count[b] ? count[b] - count[a]
        : Float.compare((float) sum[b], (float) sum[a]) != 0 ? Float.compare((float) sum[b], (float) sum[a]) : a - b);
    int[] ranked = new int[passing.size()];
    float[] scores = new float[passing.size()];
    for (int i = 0; i < ranked.length; i++) {
      ranked[i] = passing.get(i);
      scores[i] = (float) sum[ranked[i]];
    }
    Ranking ranking = new Ranking(matches, ranked.length, ranked, scores, tally.counts());
    // Partial (部分匹配): some token is missing from the hits, or from the whole site.
    return new RankingCache.Entry(ranking, matches > 0 && (best < k || !plan.complete()));
  }

  /** Adds one token's clause score (§3.5) to the documents it matches, and counts the match if it counts. */
  private void score(ZhTokens.Token token, double[] sum, int[] count, boolean counts) {
    try {
      Query q = searcher.rewrite(QueryPlan.clause(token, weights));
      Weight w = searcher.createWeight(q, ScoreMode.COMPLETE, 1f);
      for (LeafReaderContext ctx : reader.leaves()) {
        Scorer scorer = w.scorer(ctx);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator it = scorer.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          sum[ctx.docBase + d] += scorer.score();
          count[ctx.docBase + d] += counts ? 1 : 0;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchHit hit(int doc, float score, QueryPlan plan) {
    SearchDocument d = docs.get(doc);
    return new SearchHit(doc, config.basePath() + d.path(), d.title(), d.type().key(), d.date(), score,
        Snippets.marks(d.title(), plan), Snippets.snippet(d.snippetText(), plan));
  }

  /** Documents that contain every token of {@code text} (no fallback, no filters). */
  BitSet matchingAll(String text) {
    try {
      return matches(QueryPlan.of(text).all(weights));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BitSet matches(Query q) throws IOException {
    return searcher.search(q, new MatchSetCollector.Manager());
  }

  /** Number of indexed documents. */
  public int size() {
    return docs.size();
  }

  /** The indexed documents in document-number order. */
  public List<SearchDocument> documents() {
    return docs;
  }

  /** The published path prefix, e.g. {@code /} or {@code /sub/}. */
  public String basePath() {
    return config.basePath();
  }

  QueryLexicon lexicon() {
    return lexicon;
  }

  float[] weights() {
    return weights.clone();
  }

  FacetTable facets() {
    return facets;
  }

  RankingCache rankings() {
    return rankings;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The single segment, read by the exporter; an empty site has none, so an empty reader stands in. */
  LeafReader leaf() {
    try {
      return reader.leaves().isEmpty() ? new ParallelLeafReader(true) : reader.leaves().get(0).reader();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

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
import org.apache.lucene.index.ParallelLeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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

  private SearchIndex(List<SearchDocument> docs, SiteConfig config, DirectoryReader reader) {
    this.docs = List.copyOf(docs);
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

  /** Runs {@code query}: ranked page of hits, total, partial flag and facet counts. */
  public SearchResults search(SearchQuery query) {
    QueryPlan plan = QueryPlan.of(query.text());
    if (plan.isEmpty()) {
      return new SearchResults(query.text(), 0, false, List.of(), FacetTable.empty());
    }
    int depth = (int) Math.min(Integer.MAX_VALUE, (long) query.offset() + query.limit());
    RankingCache.Entry ranked = rankings.get(plan, query.filters(), depth, d -> rank(plan, query.filters(), d));
    HitCollector.Ranking ranking = ranked.ranking();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = query.offset(); i < ranking.docs().length && i < depth; i++) {
      hits.add(hit(ranking.docs()[i], ranking.scores()[i], plan));
    }
    return new SearchResults(query.text(), ranking.total(), ranked.partial(), hits, ranking.facets());
  }

  /** The best {@code depth} hits of {@code plan} that pass {@code filters}, falling back to fewer tokens (§3.3). */
  private RankingCache.Entry rank(QueryPlan plan, Map<Facet, Set<String>> filters, int depth) {
    HitCollector.Ranking all = collect(plan.all(weights), filters, depth);
    int k = plan.tokens().size();
    // The fallback depends on matches before filtering, which the pass above has counted.
    if (all.matches() == 0 && k >= 2) {
      for (int m = k - 1; m >= (k + 1) / 2; m--) {
        HitCollector.Ranking fewer = collect(plan.atLeast(m, weights), filters, depth);
        if (fewer.matches() > 0) {
          return new RankingCache.Entry(fewer, true);
        }
      }
    }
    return new RankingCache.Entry(all, false);
  }

  /** One pass over the matches of {@code q}: facets, totals and the best {@code depth} hits that pass {@code filters}. */
  private HitCollector.Ranking collect(Query q, Map<Facet, Set<String>> filters, int depth) {
    try {
      return searcher.search(q, new HitCollector.Manager(facets, filters, depth));
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

package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.redpress.model.SiteModel;

/**
 * The static index is exported from postings computed straight from the tokens; Lucene's index
 * of the same documents is the oracle: same terms, postings, frequencies, norms and statistics,
 * so the browser scores with exactly what {@code SearchIndex} scores with.
 */
class InvertedFieldsTest {

  @Test
  void theAllianceSiteHasExactlyLucenesPostingsNormsAndStatistics() throws IOException {
    assertSameAsLucene(Sites.fixture());
  }

  @Test
  void theFixtureSitesHaveExactlyLucenesPostingsNormsAndStatistics() throws IOException {
    assertSameAsLucene(Sites.load(Path.of("src/test/resources/sites/minimal")));
    assertSameAsLucene(Sites.load(Path.of("src/test/resources/sites/venues")));
  }

  @Test
  void aSyntheticCorpusWithCommonTermsHasExactlyLucenesPostingsNormsAndStatistics() throws IOException {
    assertSameAsLucene(SyntheticCorpus.site(1000, 7));
  }

  @Test
  void aDocumentWithAnEmptyFieldHasNoNormAndIsNotCounted() {
    SearchDocument withBody = new SearchDocument("a/", "标题", List.of("标签", "！"), "", "正文 abc", null,
        null, null, null, null, null);
    SearchDocument punctuation = new SearchDocument("b/", "！？", List.of(), "", "", null,
        null, null, null, null, null);
    InvertedFields main = InvertedFields.main(List.of(withBody, punctuation));
    assertThat(main.stats()[0]).isEqualTo(new PostingsExport.FieldStats(1, 1));
    assertThat(main.norms(0)[1]).isZero();
    assertThat(main.stats()[1]).isEqualTo(new PostingsExport.FieldStats(1, 1));
    assertThat(main.stats()[2]).isEqualTo(new PostingsExport.FieldStats(0, 0));
    assertThat(main.stats()[3]).isEqualTo(new PostingsExport.FieldStats(1, 2));
    assertThat(main.terms(3)).containsOnlyKeys("正文", "abc");
  }

  private static void assertSameAsLucene(SiteModel model) throws IOException {
    try (SearchIndex index = SearchIndex.build(model)) {
      List<SearchDocument> docs = index.documents();
      assertThat(docs).isNotEmpty();
      compare(index.leaf(), InvertedFields.main(docs), SearchFields.TEXT);
      compare(index.leaf(), InvertedFields.unigrams(docs), SearchFields.TEXT.stream().map(SearchFields::unigram).toList());
    }
  }

  private static void compare(LeafReader leaf, InvertedFields inverted, List<String> fields) throws IOException {
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      Terms terms = leaf.terms(field);
      PostingsExport.FieldStats stats = inverted.stats()[f];
      assertThat(stats.docCount()).as(field).isEqualTo(terms == null ? 0 : terms.getDocCount());
      assertThat(stats.sumTotalTermFreq()).as(field).isEqualTo(terms == null ? 0 : terms.getSumTotalTermFreq());
      assertThat(inverted.norms(f)).as(field).isEqualTo(luceneNorms(leaf, field));
      assertThat(lists(inverted.terms(f))).as(field).isEqualTo(lucenePostings(terms));
    }
  }

  private static byte[] luceneNorms(LeafReader leaf, String field) throws IOException {
    byte[] out = new byte[leaf.maxDoc()];
    NumericDocValues norms = leaf.getNormValues(field);
    if (norms != null) {
      for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
        out[d] = (byte) norms.longValue();
      }
    }
    return out;
  }

  /** Term to "doc:freq doc:freq …", sorted by term. */
  private static Map<String, String> lists(Map<String, InvertedFields.Postings> terms) {
    Map<String, String> out = new TreeMap<>();
    terms.forEach((term, p) -> {
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < p.df(); i++) {
        pairs.add(p.docs()[i] + ":" + p.freqs()[i]);
      }
      out.put(term, String.join(" ", pairs));
    });
    return out;
  }

  private static Map<String, String> lucenePostings(Terms terms) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (terms == null) {
      return out;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      pe = te.postings(pe, PostingsEnum.FREQS);
      List<String> pairs = new ArrayList<>();
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        pairs.add(doc + ":" + pe.freq());
      }
      out.put(term.utf8ToString(), String.join(" ", pairs));
    }
    return out;
  }
}

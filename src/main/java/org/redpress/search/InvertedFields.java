package org.redpress.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.util.SmallFloat;

/**
 * The postings, frequencies, length norms and collection statistics of one group of text fields
 * (main or unigram, {@code docs/search.md} §1–2), computed from the documents' tokens exactly as
 * Lucene's index holds them (§3.5: {@code BM25Similarity}'s norms, a field's {@code docCount}
 * and {@code sumTotalTermFreq}). The static export reads these instead of building that index:
 * the build never searches, and Lucene's indexing was 15% of its profile at 10,000 records.
 * {@code InvertedFieldsTest} compares every list with Lucene's.
 */
final class InvertedFields {

  /** One term's postings in one field: document numbers ascending, with their frequencies. */
  static final class Postings {
    private int[] docs = new int[4];
    private int[] freqs = new int[4];
    private int size;

    private void add(int doc, int freq) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        freqs = Arrays.copyOf(freqs, size * 2);
      }
      docs[size] = doc;
      freqs[size++] = freq;
    }

    int[] docs() {
      return docs;
    }

    int[] freqs() {
      return freqs;
    }

    int df() {
      return size;
    }
  }

  private final List<Map<String, Postings>> terms = new ArrayList<>();
  private final List<byte[]> norms = new ArrayList<>();
  private final PostingsExport.FieldStats[] stats;
  private final int maxDoc;

  private InvertedFields(List<SearchDocument> docs, Function<String, List<ZhTokens.Token>> analyzer) {
    maxDoc = docs.size();
    int fields = SearchFields.TEXT.size();
    stats = new PostingsExport.FieldStats[fields];
    for (int f = 0; f < fields; f++) {
      Map<String, Postings> byTerm = new HashMap<>();
      byte[] fieldNorms = new byte[maxDoc];
      long docCount = 0;
      long sumTotalTermFreq = 0;
      Map<String, int[]> counts = new HashMap<>();
      for (int d = 0; d < maxDoc; d++) {
        counts.clear();
        int length = 0;
        for (String value : values(docs.get(d), f)) {
          for (ZhTokens.Token t : analyzer.apply(value)) {
            counts.computeIfAbsent(t.term(), k -> new int[1])[0]++;
            length++;
          }
        }
        if (length == 0) {
          continue; // Lucene counts and norms only a field that has a token
        }
        int doc = d;
        counts.forEach((term, n) -> byTerm.computeIfAbsent(term, k -> new Postings()).add(doc, n[0]));
        fieldNorms[d] = SmallFloat.intToByte4(length);
        docCount++;
        sumTotalTermFreq += length;
      }
      terms.add(byTerm);
      norms.add(fieldNorms);
      stats[f] = new PostingsExport.FieldStats(docCount, sumTotalTermFreq);
    }
  }

  /** The main fields: alnum runs, Han bigrams, lone Han unigrams. */
  static InvertedFields main(List<SearchDocument> docs) {
    return new InvertedFields(docs, ZhTokens::main);
  }

  /** The unigram fields: every Han character. */
  static InvertedFields unigrams(List<SearchDocument> docs) {
    return new InvertedFields(docs, ZhTokens::unigrams);
  }

  /** The values of text field {@code f} (in {@link SearchFields#TEXT} order); tags have several. */
  private static List<String> values(SearchDocument d, int f) {
    return switch (f) {
      case 0 -> List.of(d.title());
      case 1 -> d.tags();
      case 2 -> List.of(d.summary());
      default -> List.of(d.body());
    };
  }

  /** Field {@code f}'s terms and their postings, in no particular order. */
  Map<String, Postings> terms(int f) {
    return terms.get(f);
  }

  /** Field {@code f}'s norm by document, 0 where the field has no token. */
  byte[] norms(int f) {
    return norms.get(f);
  }

  PostingsExport.FieldStats[] stats() {
    return stats.clone();
  }

  int maxDoc() {
    return maxDoc;
  }
}

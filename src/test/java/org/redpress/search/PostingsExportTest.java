package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Posting lists as docs/search.md §4 lays them out, read back by a decoder written from that text. */
class PostingsExportTest {

  @Test
  void aBodyListOfMostlyOnesAndTwosIsRiceCodedInFewerBytesThanAnyWidth() {
    Random random = new Random(3);
    int[] freqs = new int[5000];
    for (int i = 0; i < freqs.length; i++) {
      int f = 1;
      while (random.nextDouble() < 0.45) {
        f++;
      }
      freqs[i] = f;
    }
    byte[] list = encodeAndCheck(freqs);
    int code = frequencyCodeByte(list, freqs.length);
    assertThat(code).isEqualTo(PostingsExport.RICE);
    for (int width = 1; width <= 8; width++) {
      assertThat(list.length - frequencyCodeOffset(list, freqs.length))
          .isLessThan((int) PostingsExport.fixedBytes(freqs, freqs.length, width));
    }
  }

  @Test
  void frequenciesSpreadEvenlyKeepAFixedWidth() {
    int[] freqs = new int[4096];
    for (int i = 0; i < freqs.length; i++) {
      freqs[i] = 1 + i % 16;
    }
    assertThat(frequencyCodeByte(encodeAndCheck(freqs), freqs.length)).isEqualTo(4);
  }

  @Test
  void aListWhereEveryFrequencyIsOneHasNoCodesAtAll() {
    int[] freqs = new int[300];
    Arrays.fill(freqs, 1);
    byte[] list = encodeAndCheck(freqs);
    assertThat(frequencyCodeByte(list, freqs.length)).isZero();
    assertThat(list.length).isEqualTo(frequencyCodeOffset(list, freqs.length) + 1);
  }

  @Test
  void aRareVeryHighFrequencyTakesALargerRiceParameterOrAnEscapeNotAThousandBits() {
    int[] freqs = new int[2000];
    Arrays.fill(freqs, 2);
    freqs[7] = 5000;
    byte[] list = encodeAndCheck(freqs);
    // Two bits a posting and a two-byte escape; a unary code would spend 5,000 bits on the outlier alone.
    assertThat(list.length - frequencyCodeOffset(list, freqs.length)).isEqualTo(1 + 2000 * 2 / 8 + 2);
  }

  @Test
  void theSyntheticCorpusTheEngineIsComparedWithHasRiceCodedLists() {
    // SearchParityTest runs the browser engine over this corpus: it must decode both kinds.
    List<SearchDocument> docs = SearchDocuments.of(SyntheticCorpus.site(1000, 7));
    InvertedFields main = InvertedFields.main(docs);
    int rice = 0;
    int fixed = 0;
    for (int f = 0; f < SearchFields.TEXT.size(); f++) {
      for (InvertedFields.Postings p : main.terms(f).values()) {
        byte[] list = PostingsExport.encode(p.docs(), p.freqs(), p.df(), docs.size()).toByteArray();
        if (frequencyCodeByte(list, p.df(), docs.size()) >= PostingsExport.RICE) {
          rice++;
        } else {
          fixed++;
        }
      }
    }
    assertThat(rice).isGreaterThan(10);
    assertThat(fixed).isGreaterThan(rice);
  }

  /** Encodes documents 0, 2, 4, … with {@code freqs} and checks the list reads back as written. */
  private static byte[] encodeAndCheck(int[] freqs) {
    int[] docs = new int[freqs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = 2 * i;
    }
    byte[] list = PostingsExport.encode(docs, freqs, freqs.length, 2 * docs.length).toByteArray();
    Reader r = new Reader(list);
    assertThat(r.varint()).isEqualTo(freqs.length);
    int[] read = r.postings(freqs.length, 2 * docs.length);
    assertThat(read).isEqualTo(docs);
    assertThat(r.frequencies(freqs.length)).isEqualTo(freqs);
    assertThat(r.p).as("the list ends where its codes end").isEqualTo(list.length);
    return list;
  }

  /** Where the frequency codes of a list of documents 0, 2, 4, … start. */
  private static int frequencyCodeOffset(byte[] list, int df) {
    return frequencyCodeOffset(list, df, 2 * df);
  }

  private static int frequencyCodeOffset(byte[] list, int df, int maxDoc) {
    Reader r = new Reader(list);
    r.varint();
    r.postings(df, maxDoc);
    return r.p;
  }

  private static int frequencyCodeByte(byte[] list, int df) {
    return frequencyCodeByte(list, df, 2 * df);
  }

  private static int frequencyCodeByte(byte[] list, int df, int maxDoc) {
    return list[frequencyCodeOffset(list, df, maxDoc)] & 0xFF;
  }

  /** A decoder written from docs/search.md §4, not from the exporter. */
  private static final class Reader extends IndexBytes {

    Reader(byte[] b) {
      super(b);
    }

    int[] postings(int df, int maxDoc) {
      int[] docs = new int[df];
      if (b[p++] == 0) {
        for (int i = 0, doc = 0; i < df; i++) {
          doc += varint();
          docs[i] = doc;
        }
      } else {
        for (int d = 0, k = 0; d < maxDoc; d++) {
          if ((b[p + (d >>> 3)] & (1 << (d & 7))) != 0) {
            docs[k++] = d;
          }
        }
        p += (maxDoc + 7) / 8;
      }
      return docs;
    }

    int[] frequencies(int df) {
      int code = b[p++] & 0xFF;
      int[] freqs = new int[df];
      if (code >= PostingsExport.RICE) {
        int k = code - PostingsExport.RICE;
        long bit = p * 8L;
        for (int i = 0; i < df; i++) {
          int q = 0;
          while (bit(bit)) {
            q++;
            bit++;
          }
          bit++;
          int low = 0;
          for (int j = 0; j < k; j++, bit++) {
            low |= bit(bit) ? 1 << j : 0;
          }
          freqs[i] = (q << k | low) + 1;
        }
        p = (int) ((bit + 7) / 8);
        return freqs;
      }
      int top = (1 << code) - 1;
      int codes = p;
      p += (df * code + 7) / 8;
      for (int i = 0; i < df; i++) {
        int c = 0;
        for (int j = 0; j < code; j++) {
          long at = (codes * 8L) + (long) i * code + j;
          c |= bit(at) ? 1 << j : 0;
        }
        freqs[i] = code > 0 && c == top ? 1 + top + varint() : c + 1;
      }
      return freqs;
    }
  }
}

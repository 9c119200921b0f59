package org.redpress.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A field's one-byte length norms for every document, Huffman-coded: lengths cluster, so a
 * norm costs four to five bits instead of eight, and the table is fetched once per visit
 * instead of a norm byte travelling with every posting of every query.
 */
final class NormExport {

  private NormExport() {}

  /** The norm table file of {@code field}: symbols with code lengths, then one code per document. */
  static byte[] bytes(LeafReader leaf, String field) throws IOException {
    byte[] norms = norms(leaf, field);
    int[] counts = new int[256];
    for (byte n : norms) {
      counts[n & 0xFF]++;
    }
    int[] lengths = codeLengths(counts);
    List<Integer> symbols = new ArrayList<>();
    for (int s = 0; s < 256; s++) {
      if (counts[s] > 0) {
        symbols.add(s);
      }
    }
    symbols.sort(Comparator.<Integer>comparingInt(s -> lengths[s]).thenComparingInt(s -> s));
    ByteWriter w = new ByteWriter().varint(symbols.size());
    symbols.forEach(s -> w.u8(s).u8(lengths[s]));
    int[] codes = canonicalCodes(symbols, lengths);
    BitWriter bits = new BitWriter();
    for (byte n : norms) {
      bits.write(codes[n & 0xFF], lengths[n & 0xFF]);
    }
    return w.bytes(bits.toByteArray()).toByteArray();
  }

  /** The field's norms by document (0 where the field is empty). */
  static byte[] norms(LeafReader leaf, String field) throws IOException {
    byte[] out = new byte[leaf.maxDoc()];
    NumericDocValues norms = leaf.getNormValues(field);
    if (norms != null) {
      for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
        out[d] = (byte) norms.longValue();
      }
    }
    return out;
  }

  /** Huffman code lengths; ties broken by node number so the same counts give the same code. */
  static int[] codeLengths(int[] counts) {
    int[] lengths = new int[256];
    List<long[]> nodes = new ArrayList<>(); // {weight, parent}
    PriorityQueue<Integer> queue = new PriorityQueue<>(
        Comparator.<Integer>comparingLong(i -> nodes.get(i)[0]).thenComparingInt(i -> i));
    int[] leafOf = new int[256];
    for (int s = 0; s < 256; s++) {
      leafOf[s] = -1;
      if (counts[s] > 0) {
        leafOf[s] = nodes.size();
        nodes.add(new long[] {counts[s], -1});
        queue.add(leafOf[s]);
      }
    }
    if (queue.size() == 1) {
      return lengths; // one symbol: zero bits per document
    }
    while (queue.size() > 1) {
      int a = queue.poll();
      int b = queue.poll();
      nodes.add(new long[] {nodes.get(a)[0] + nodes.get(b)[0], -1});
      nodes.get(a)[1] = nodes.size() - 1;
      nodes.get(b)[1] = nodes.size() - 1;
      queue.add(nodes.size() - 1);
    }
    for (int s = 0; s < 256; s++) {
      for (int n = leafOf[s]; n >= 0 && nodes.get(n)[1] >= 0; n = (int) nodes.get(n)[1]) {
        lengths[s]++;
      }
    }
    return lengths;
  }

  /** Canonical codes: by length, then symbol, counting up; the client rebuilds them from the lengths. */
  static int[] canonicalCodes(List<Integer> sortedSymbols, int[] lengths) {
    int[] codes = new int[256];
    int code = 0;
    int len = sortedSymbols.isEmpty() ? 0 : lengths[sortedSymbols.get(0)];
    for (int s : sortedSymbols) {
      code <<= lengths[s] - len;
      len = lengths[s];
      codes[s] = code++;
    }
    return codes;
  }

  /** Writes codes most significant bit first. */
  static final class BitWriter {
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    private int current;
    private int used;

    void write(int code, int length) {
      for (int i = length - 1; i >= 0; i--) {
        current = current << 1 | (code >>> i & 1);
        if (++used == 8) {
          out.write(current);
          current = 0;
          used = 0;
        }
      }
    }

    byte[] toByteArray() {
      if (used > 0) {
        out.write(current << (8 - used));
        current = 0;
        used = 0;
      }
      return out.toByteArray();
    }
  }
}

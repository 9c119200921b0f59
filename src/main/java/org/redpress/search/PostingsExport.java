package org.redpress.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.redpress.hashing.Sha256;

/**
 * Reads the postings and frequencies of a group of fields straight from Lucene's segment and lays
 * them out as the shards of {@code docs/search.md} §4, so the client sees exactly the statistics
 * Lucene scores with ({@link NormExport} carries the norms).
 */
final class PostingsExport {

  /** Aim for shards of about this many bytes: a few small requests per query. */
  static final int TARGET_SHARD_BYTES = 256;

  /**
   * An entry longer than this (a common term, most of whose bytes are its posting lists) gets a
   * file of its own: a query for a term that merely shares its shard, or for a term the index
   * lacks, then downloads a small shard rather than the common term's postings.
   */
  static final int SPILL_BYTES = 512;

  /** The entry of a spilled term in its shard: a mask byte no field combination has, then the file's name. */
  static final int SPILLED = 0xFF;

  /** Bytes of SHA-256 naming a spilled entry's file, {@code p/<hex>.bin}. */
  static final int NAME_BYTES = 8;

  /** Per field {@code docCount} and {@code sumTotalTermFreq}, as Lucene's collection statistics. */
  record FieldStats(long docCount, long sumTotalTermFreq) {}

  private final List<String> fields;
  private final TreeMap<String, ByteWriter[]> byTerm = new TreeMap<>();
  private final FieldStats[] stats;

  PostingsExport(LeafReader leaf, List<String> fields) throws IOException {
    this.fields = List.copyOf(fields);
    this.stats = new FieldStats[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      read(leaf, f);
    }
  }

  private void read(LeafReader leaf, int f) throws IOException {
    Terms terms = leaf.terms(fields.get(f));
    if (terms == null) {
      stats[f] = new FieldStats(0, 0);
      return;
    }
    stats[f] = new FieldStats(terms.getDocCount(), terms.getSumTotalTermFreq());
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    int[] docs = new int[leaf.maxDoc()];
    int[] freqs = new int[leaf.maxDoc()];
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      pe = te.postings(pe, PostingsEnum.FREQS);
      int df = 0;
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        docs[df] = doc;
        freqs[df++] = pe.freq();
      }
      byTerm.computeIfAbsent(term.utf8ToString(), t -> new ByteWriter[fields.size()])[f] =
          encode(docs, freqs, df, leaf.maxDoc());
    }
  }

  /**
   * One posting list: the documents as deltas or as a bitset, whichever is smaller (common
   * Chinese bigrams are in most documents), then the frequencies as codes of the width (0–8 bits)
   * that takes fewest bytes: titles and tags hold a term once, bodies often ten times.
   */
  static ByteWriter encode(int[] docs, int[] freqs, int df, int maxDoc) {
    ByteWriter deltas = new ByteWriter();
    int prev = 0;
    for (int i = 0; i < df; i++) {
      deltas.varint(docs[i] - prev);
      prev = docs[i];
    }
    ByteWriter w = new ByteWriter().varint(df);
    int bitsetBytes = (maxDoc + 7) / 8;
    if (deltas.size() <= bitsetBytes) {
      w.u8(0).bytes(deltas.toByteArray());
    } else {
      byte[] bits = new byte[bitsetBytes];
      for (int i = 0; i < df; i++) {
        bits[docs[i] >>> 3] |= (byte) (1 << (docs[i] & 7));
      }
      w.u8(1).bytes(bits);
    }
    byte[] best = null;
    for (int width = 0; width <= 8; width++) {
      byte[] f = frequencies(freqs, df, width);
      if (f != null && (best == null || f.length < best.length)) {
        best = f;
      }
    }
    return w.bytes(best);
  }

  /**
   * A byte {@code width}, then {@code df} codes of that many bits from the low bits up: code c
   * below {@code 2^width − 1} means frequency c + 1, the top code means {@code 2^width} or more,
   * the excess following as varints in posting order. Width 0 (no codes): every frequency is 1;
   * null when that does not hold.
   */
  static byte[] frequencies(int[] freqs, int df, int width) {
    ByteWriter out = new ByteWriter().u8(width);
    if (width == 0) {
      for (int i = 0; i < df; i++) {
        if (freqs[i] != 1) {
          return null;
        }
      }
      return out.toByteArray();
    }
    int top = (1 << width) - 1;
    byte[] codes = new byte[(df * width + 7) / 8];
    ByteWriter escapes = new ByteWriter();
    for (int i = 0; i < df; i++) {
      int code = Math.min(freqs[i] - 1, top);
      for (int b = 0; b < width; b++) {
        if ((code & (1 << b)) != 0) {
          int bit = i * width + b;
          codes[bit >>> 3] |= (byte) (1 << (bit & 7));
        }
      }
      if (code == top) {
        escapes.varint(freqs[i] - 1 - top);
      }
    }
    return out.bytes(codes).bytes(escapes.toByteArray()).toByteArray();
  }

  FieldStats[] stats() {
    return stats.clone();
  }

  /** A power of two so that shards average about {@link #TARGET_SHARD_BYTES}. */
  int shardCount() {
    long total = 0;
    for (var e : byTerm.entrySet()) {
      long size = 1;
      for (ByteWriter w : e.getValue()) {
        size += w == null ? 0 : w.size();
      }
      total += e.getKey().length() * 2L + 3 + (size > SPILL_BYTES ? 1 + NAME_BYTES : size);
    }
    int s = 1;
    while ((long) s * TARGET_SHARD_BYTES < total) {
      s <<= 1;
    }
    return s;
  }

  /**
   * The shard files' bytes, index = shard number; a spilled entry goes into {@code spilled},
   * named {@code p/<hex>.bin} by its content: the bigrams of a set phrase (乡村, 村振, 振兴 of
   * 乡村振兴) often have byte-identical postings, which a query then downloads once.
   */
  byte[][] shards(int count, Map<String, byte[]> spilled) {
    int[] termCounts = new int[count];
    ByteWriter[] bodies = new ByteWriter[count];
    for (int i = 0; i < count; i++) {
      bodies[i] = new ByteWriter();
    }
    for (var e : byTerm.entrySet()) {
      int s = Integer.remainderUnsigned(fnv1a(e.getKey()), count);
      termCounts[s]++;
      ByteWriter entry = new ByteWriter();
      int mask = 0;
      for (int f = 0; f < fields.size(); f++) {
        if (e.getValue()[f] != null) {
          mask |= 1 << f;
        }
      }
      entry.u8(mask);
      for (ByteWriter w : e.getValue()) {
        if (w != null) {
          entry.bytes(w.toByteArray());
        }
      }
      byte[] rest = entry.toByteArray();
      if (rest.length > SPILL_BYTES) {
        byte[] name = Arrays.copyOf(Sha256.bytes(rest), NAME_BYTES);
        byte[] before = spilled.putIfAbsent("p/" + HexFormat.of().formatHex(name) + ".bin", rest);
        if (before != null && !Arrays.equals(before, rest)) {
          throw new IllegalStateException("two spilled entries share a name; widen NAME_BYTES");
        }
        rest = new ByteWriter().u8(SPILLED).bytes(name).toByteArray();
      }
      bodies[s].string(e.getKey()).varint(rest.length).bytes(rest);
    }
    byte[][] out = new byte[count][];
    for (int i = 0; i < count; i++) {
      out[i] = new ByteWriter().varint(termCounts[i]).bytes(bodies[i].toByteArray()).toByteArray();
    }
    return out;
  }

  /** FNV-1a 32 over UTF-16 units: the client computes the same with Math.imul. */
  static int fnv1a(String term) {
    int h = 0x811C9DC5;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x01000193;
    }
    return h;
  }
}

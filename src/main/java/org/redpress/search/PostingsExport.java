package org.redpress.search;

import java.util.TreeMap;

/**
 * Lays out the postings and frequencies of a group of fields ({@link InvertedFields}: exactly
 * what Lucene scores with) as the shards of {@code docs/search.md} §4.
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

  /** The entry of a spilled term in its shard: a mask byte no field combination has, then the file's number. */
  static final int SPILLED = 0xFF;

  /** Per field {@code docCount} and {@code sumTotalTermFreq}, as Lucene's collection statistics. */
  record FieldStats(long docCount, long sumTotalTermFreq) {}

  private final TreeMap<String, ByteWriter[]> byTerm = new TreeMap<>();
  private final FieldStats[] stats;

  PostingsExport(InvertedFields inverted) {
    this.stats = inverted.stats();
    int fields = SearchFields.TEXT.size();
    for (int f = 0; f < fields; f++) {
      int field = f;
      inverted.terms(f).forEach((term, p) -> byTerm.computeIfAbsent(term, t -> new ByteWriter[fields])[field] =
          encode(p.docs(), p.freqs(), p.df(), inverted.maxDoc()));
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
    return w.bytes(frequencies(freqs, df, bestWidth(freqs, df)));
  }

  /**
   * The code width whose encoding ({@link #frequencies}) takes fewest bytes, the narrowest on a
   * tie; counted, not encoded nine times (every list of every term of a build is chosen for).
   */
  static int bestWidth(int[] freqs, int df) {
    int max = 0;
    for (int i = 0; i < df; i++) {
      max = Math.max(max, freqs[i]);
    }
    if (max <= 1) {
      return 0;
    }
    int best = 1;
    long bestSize = Long.MAX_VALUE;
    for (int width = 1; width <= 8; width++) {
      int top = (1 << width) - 1;
      long size = 1 + (df * (long) width + 7) / 8;
      if (max - 1 >= top) {
        for (int i = 0; i < df; i++) {
          if (freqs[i] - 1 >= top) {
            size += varintLength(freqs[i] - 1 - top);
          }
        }
      }
      if (size < bestSize) {
        bestSize = size;
        best = width;
      }
    }
    return best;
  }

  private static int varintLength(int value) {
    int n = 1;
    while (value >= 0x80) {
      value >>>= 7;
      n++;
    }
    return n;
  }

  /**
   * A byte {@code width}, then {@code df} codes of that many bits from the low bits up: code c
   * below {@code 2^width − 1} means frequency c + 1, the top code means {@code 2^width} or more,
   * the excess following as varints in posting order. Width 0 (no codes): every frequency is 1.
   */
  static byte[] frequencies(int[] freqs, int df, int width) {
    ByteWriter out = new ByteWriter().u8(width);
    if (width == 0) {
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
      total += e.getKey().length() * 2L + 3 + (size > SPILL_BYTES ? 3 : size);
    }
    int s = 1;
    while ((long) s * TARGET_SHARD_BYTES < total) {
      s <<= 1;
    }
    return s;
  }

  /**
   * The shard files' bytes, index = shard number; an entry longer than {@link #SPILL_BYTES} goes
   * into {@code spilled} as a term of field group {@code group}, and its shard keeps its file's number.
   */
  byte[][] shards(int count, SpilledEntries spilled, int group) {
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
      for (int f = 0; f < e.getValue().length; f++) {
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
        rest = new ByteWriter().u8(SPILLED).varint(spilled.add(group, e.getKey(), rest)).toByteArray();
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

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

  /** The frequency-code byte of a Rice-coded list is this plus its parameter; widths are 0–8. */
  static final int RICE = 16;

  static final int MAX_RICE = 7;

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
   * Chinese bigrams are in most documents), then the frequencies as fixed-width codes (0–8 bits)
   * or Rice codes, whichever gzip will likely make smaller (fixed on a tie): titles and tags hold
   * a term once, a body most often once or twice and now and then ten times.
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
    int width = bestWidth(freqs, df);
    byte[] fixed = frequencies(freqs, df, width);
    if (width == 0) {
      return w.bytes(fixed);
    }
    byte[] rice = rice(freqs, df, bestRice(freqs, df));
    return w.bytes(gzippedBits(rice) < gzippedBits(fixed) ? rice : fixed);
  }

  /**
   * About what gzip makes of {@code bytes}: each byte costs what its frequency among them says
   * (at least one bit, as in a Huffman code). Codes of 1, 2 or 4 bits fill whole bytes, whose
   * skew gzip then codes well, while Rice codes are nearly as dense as they can be already; on
   * raw sizes, Rice won lists that gzip then made larger (党建's body list at 10,000 records).
   * StrictMath, so that every machine makes the same choice.
   */
  static double gzippedBits(byte[] bytes) {
    int[] counts = new int[256];
    for (byte b : bytes) {
      counts[b & 0xFF]++;
    }
    double bits = 0;
    for (int c : counts) {
      if (c > 0) {
        bits += c * Math.max(1.0, StrictMath.log((double) bytes.length / c) / StrictMath.log(2));
      }
    }
    return bits;
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
      long size = fixedBytes(freqs, df, width);
      if (size < bestSize) {
        bestSize = size;
        best = width;
      }
    }
    return best;
  }

  /** The bytes of {@link #frequencies} at {@code width}, counted. */
  static long fixedBytes(int[] freqs, int df, int width) {
    long size = 1 + (df * (long) width + 7) / 8;
    if (width == 0) {
      return size;
    }
    int top = (1 << width) - 1;
    for (int i = 0; i < df; i++) {
      if (freqs[i] - 1 >= top) {
        size += varintLength(freqs[i] - 1 - top);
      }
    }
    return size;
  }

  /** The Rice parameter (0–{@value #MAX_RICE}) whose code ({@link #rice}) takes fewest bytes, the smallest on a tie. */
  static int bestRice(int[] freqs, int df) {
    long[] quotients = new long[MAX_RICE + 1];
    for (int i = 0; i < df; i++) {
      int c = freqs[i] - 1;
      for (int k = 0; k <= MAX_RICE; k++) {
        quotients[k] += c >>> k;
      }
    }
    int best = 0;
    for (int k = 1; k <= MAX_RICE; k++) {
      if (quotients[k] + (long) df * k < quotients[best] + (long) df * best) {
        best = k;
      }
    }
    return best;
  }

  /** The bytes of {@link #rice} with parameter {@code k}, counted. */
  static long riceBytes(int[] freqs, int df, int k) {
    long bits = 0;
    for (int i = 0; i < df; i++) {
      bits += (((long) freqs[i] - 1) >>> k) + 1 + k;
    }
    return 1 + (bits + 7) / 8;
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
   * A byte {@code RICE + k}, then per posting the frequency minus one as a Rice code: its value
   * shifted right by {@code k} in unary (that many one bits, then a zero bit), then its {@code k}
   * low bits, all packed from the least significant bit. Most terms are in a body once or twice
   * and seldom more: the code then comes close to the list's entropy, which fixed widths with
   * escapes often miss even after gzip (志愿's body list: 1,823 gzipped bytes, entropy 1,613).
   */
  static byte[] rice(int[] freqs, int df, int k) {
    BitPacker bits = new BitPacker((int) riceBytes(freqs, df, k) - 1);
    for (int i = 0; i < df; i++) {
      int c = freqs[i] - 1;
      bits.ones(c >>> k);
      bits.zero();
      bits.low(c, k);
    }
    return new ByteWriter().u8(RICE + k).bytes(bits.bytes).toByteArray();
  }

  /** Bits packed from the least significant bit of each byte. */
  private static final class BitPacker {
    private final byte[] bytes;
    private long at;

    BitPacker(int size) {
      bytes = new byte[size];
    }

    void ones(int count) {
      for (int i = 0; i < count; i++, at++) {
        bytes[(int) (at >>> 3)] |= (byte) (1 << (at & 7));
      }
    }

    void zero() {
      at++;
    }

    void low(int value, int count) {
      for (int b = 0; b < count; b++, at++) {
        if ((value & (1 << b)) != 0) {
          bytes[(int) (at >>> 3)] |= (byte) (1 << (at & 7));
        }
      }
    }
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

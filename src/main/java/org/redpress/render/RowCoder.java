package org.redpress.render;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Deflate coding of a picture's rows for {@link PngEncoder}'s strips, with one Huffman table kept
 * for a whole build: a glyph's rows are coded once, and a card's title strip joins their bits
 * instead of deflating its 90,000 bytes again (zlib did that in a fifth of a build's time). The
 * only repeats it looks for are the two a picture of flat glyphs is made of: a run of one byte
 * (distance 1) and the same bytes one row up (distance {@code stride}). Immutable; thread-safe.
 */
final class RowCoder {

  /** Bytes a picture's rows may hold here: palette steps 0–63 of one ramp. */
  static final int LITERALS = 64;
  private static final int END = 256;
  private static final int MIN_MATCH = 3;
  private static final int MAX_MATCH = 258;
  private static final int MAX_BITS = 15;
  private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
      59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4,
      4, 4, 5, 5, 5, 5, 0};
  private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257,
      385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
  /** The order in which a dynamic block's header lists the code-length code's lengths. */
  private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

  /** The distance code of one row up, and its extra bits. */
  private final int upCode;
  private final int upExtra;
  private final int upExtraBits;
  /** Literal/length symbols 0..285: their code (bit-reversed, as deflate writes it) and length. */
  private final int[] codes;
  private final int[] lengths;
  private final int[] distanceCodes;
  private final int[] distanceLengths;
  /** The block header (BFINAL 0, dynamic codes) with the table, written before each strip's symbols. */
  private final Bits header;
  /** The bits of a run of n bytes (3..258) repeating the byte before, and how many there are. */
  private final long[] runs;
  private final int[] runLengths;

  private RowCoder(int stride, long[] literalCounts, long[] distanceCounts) {
    this.upCode = distanceCode(stride);
    this.upExtra = stride - DISTANCE_BASE[upCode];
    this.upExtraBits = distanceExtra(upCode);
    this.lengths = lengths(literalCounts, MAX_BITS);
    this.codes = canonical(lengths);
    this.distanceLengths = lengths(distanceCounts, MAX_BITS);
    this.distanceCodes = canonical(distanceLengths);
    this.header = header();
    // Every run (length, extra bits, distance 1) as one write: blanks are most of a title's symbols.
    this.runs = new long[MAX_MATCH + 1];
    this.runLengths = new int[MAX_MATCH + 1];
    for (int n = MIN_MATCH; n <= MAX_MATCH; n++) {
      Bits b = new Bits();
      match(n, false, b);
      runs[n] = b.words[0];
      runLengths[n] = (int) b.size;
    }
  }

  /**
   * A coder for rows {@code stride} bytes apart (a scanline with its filter byte), whose table is
   * fitted to {@code sample}: rows like the ones it will code, so that their common bytes and
   * runs get the short codes. Every byte below {@link #LITERALS} and every match keeps a code.
   */
  static RowCoder fittedTo(byte[] sample, int stride) {
    int upCode = distanceCode(stride);
    Counter counter = new Counter(upCode);
    tokens(sample, 0, sample.length, stride, 0, 0, counter);
    return new RowCoder(stride, counter.literals, counter.distances);
  }

  /**
   * Codes {@code a[from, to)}, whose rows are {@code rowBytes} apart in {@code a}, into {@code
   * out}: a run may repeat bytes from {@code runFrom} on, a copy of the row above only bytes from
   * {@code upFrom} on. In the picture, the row above is {@code stride} bytes back: a glyph's rows
   * are coded from its own small tile, where they lie {@code rowBytes} apart.
   */
  void code(byte[] a, int from, int to, int rowBytes, int runFrom, int upFrom, Bits out) {
    tokens(a, from, to, rowBytes, runFrom, upFrom, new Writer(this, out));
  }

  /**
   * Codes {@code count} zero bytes: a run after {@code previous} when that byte is a zero that
   * the decoder will have seen ({@code previous} < 0 when there is none).
   */
  void zeros(int count, int previous, Bits out) {
    int left = count;
    if (previous != 0 && left > 0) {
      literal(0, out);
      left--;
    }
    while (left >= MIN_MATCH) {
      int n = Math.min(MAX_MATCH, left);
      if (left - n > 0 && left - n < MIN_MATCH) {
        n = left - MIN_MATCH; // leave a last match long enough
      }
      out.write(runs[n], runLengths[n]);
      left -= n;
    }
    for (; left > 0; left--) {
      literal(0, out);
    }
  }

  /** A strip's bits so far: the block header, with this coder's table. */
  Bits start() {
    Bits out = new Bits();
    out.append(header);
    return out;
  }

  /**
   * A strip's deflate data: the dynamic block begun by {@link #start()} and ended here, then an
   * empty stored block, so the strip ends on a byte boundary (as zlib's full flush does) and
   * joins any other strip.
   */
  byte[] finish(Bits symbols) {
    symbols.write(codes[END], lengths[END]);
    symbols.write(0, 3); // BFINAL 0, stored
    symbols.alignToByte();
    symbols.write(0x0000, 16);
    symbols.write(0xffff, 16);
    return symbols.toBytes();
  }

  private void literal(int b, Bits out) {
    out.write(codes[b], lengths[b]);
  }

  private void match(int length, boolean up, Bits out) {
    int symbol = lengthSymbol(length);
    out.write(codes[257 + symbol], lengths[257 + symbol]);
    out.write(length - LENGTH_BASE[symbol], LENGTH_EXTRA[symbol]);
    if (up) {
      out.write(distanceCodes[upCode], distanceLengths[upCode]);
      out.write(upExtra, upExtraBits);
    } else {
      out.write(distanceCodes[0], distanceLengths[0]);
    }
  }

  /** What the tokeniser finds, in order. */
  private interface Tokens {
    void literal(int b);

    void match(int length, boolean up);
  }

  /**
   * Greedy: at each byte the longer of a run of the byte before and a copy of the row above, if
   * either is {@value #MIN_MATCH} bytes or more (a run when they tie: it needs no extra bits);
   * else the byte itself.
   */
  private static void tokens(byte[] a, int from, int to, int stride, int runFrom, int upFrom, Tokens out) {
    int i = from;
    while (i < to) {
      int max = Math.min(MAX_MATCH, to - i);
      int run = 0;
      if (i - 1 >= runFrom) {
        byte before = a[i - 1];
        while (run < max && a[i + run] == before) {
          run++;
        }
      }
      int up = 0;
      if (i - stride >= upFrom && run < max) {
        while (up < max && a[i + up] == a[i + up - stride]) {
          up++;
        }
      }
      if (run >= MIN_MATCH && run >= up) {
        out.match(run, false);
        i += run;
      } else if (up >= MIN_MATCH) {
        out.match(up, true);
        i += up;
      } else {
        out.literal(a[i] & 0xff);
        i++;
      }
    }
  }

  /** Counts the symbols of sample rows, to fit the table to them. */
  private static final class Counter implements Tokens {
    final long[] literals = new long[286];
    final long[] distances = new long[30];
    private final int upCode;

    Counter(int upCode) {
      this.upCode = upCode;
      // Every symbol a strip may need keeps a code, however rare in the sample.
      for (int b = 0; b < LITERALS; b++) {
        literals[b] = 1;
      }
      for (int s = 257; s < 286; s++) {
        literals[s] = 1;
      }
      literals[END] = 1;
      distances[0] = 1;
      distances[upCode] = 1;
    }

    @Override
    public void literal(int b) {
      literals[b]++;
    }

    @Override
    public void match(int length, boolean up) {
      literals[257 + lengthSymbol(length)]++;
      distances[up ? upCode : 0]++;
    }
  }

  /** Writes the symbols with this coder's table. */
  private record Writer(RowCoder coder, Bits out) implements Tokens {
    @Override
    public void literal(int b) {
      if (b >= LITERALS) {
        throw new IllegalArgumentException("byte " + b + " has no code: rows hold palette steps 0–" + (LITERALS - 1));
      }
      coder.literal(b, out);
    }

    @Override
    public void match(int length, boolean up) {
      coder.match(length, up, out);
    }
  }

  private static int lengthSymbol(int length) {
    int s = LENGTH_BASE.length - 1;
    while (LENGTH_BASE[s] > length) {
      s--;
    }
    return s;
  }

  private static int distanceCode(int distance) {
    if (distance < 1 || distance > 32_768) {
      throw new IllegalArgumentException("distance out of deflate's window: " + distance);
    }
    int c = DISTANCE_BASE.length - 1;
    while (DISTANCE_BASE[c] > distance) {
      c--;
    }
    return c;
  }

  private static int distanceExtra(int code) {
    return code < 4 ? 0 : code / 2 - 1;
  }

  /** The dynamic block's header: HLIT, HDIST, HCLEN, the code-length code, then both tables' lengths. */
  private Bits header() {
    int hlit = 286;
    while (hlit > 257 && lengths[hlit - 1] == 0) {
      hlit--;
    }
    int hdist = 30;
    while (hdist > 1 && distanceLengths[hdist - 1] == 0) {
      hdist--;
    }
    int[] all = new int[hlit + hdist];
    System.arraycopy(lengths, 0, all, 0, hlit);
    System.arraycopy(distanceLengths, 0, all, hlit, hdist);
    // The lengths, with runs of zeros (17, 18) and repeats of the length before (16).
    int[] symbols = new int[all.length];
    int[] extras = new int[all.length];
    int n = 0;
    for (int i = 0; i < all.length;) {
      int v = all[i];
      int run = 1;
      while (i + run < all.length && all[i + run] == v) {
        run++;
      }
      if (v == 0 && run >= 3) {
        int r = Math.min(run, 138);
        symbols[n] = r >= 11 ? 18 : 17;
        extras[n++] = r >= 11 ? r - 11 : r - 3;
        i += r;
      } else if (v != 0 && run >= 4) {
        symbols[n] = v;
        extras[n++] = 0;
        int r = Math.min(run - 1, 6);
        symbols[n] = 16;
        extras[n++] = r - 3;
        i += 1 + r;
      } else {
        symbols[n] = v;
        extras[n++] = 0;
        i++;
      }
    }
    long[] clCounts = new long[19];
    for (int k = 0; k < n; k++) {
      clCounts[symbols[k]]++;
    }
    int[] clLengths = lengths(clCounts, 7);
    int[] clCodes = canonical(clLengths);
    int hclen = 19;
    while (hclen > 4 && clLengths[CL_ORDER[hclen - 1]] == 0) {
      hclen--;
    }
    Bits h = new Bits();
    h.write(0b100, 3); // BFINAL 0, BTYPE 10 (dynamic), written low bit first
    h.write(hlit - 257, 5);
    h.write(hdist - 1, 5);
    h.write(hclen - 4, 4);
    for (int k = 0; k < hclen; k++) {
      h.write(clLengths[CL_ORDER[k]], 3);
    }
    for (int k = 0; k < n; k++) {
      h.write(clCodes[symbols[k]], clLengths[symbols[k]]);
      int s = symbols[k];
      if (s == 16) {
        h.write(extras[k], 2);
      } else if (s == 17) {
        h.write(extras[k], 3);
      } else if (s == 18) {
        h.write(extras[k], 7);
      }
    }
    return h;
  }

  /**
   * Huffman code lengths for {@code counts} (0 = no code), at most {@code limit} bits: when the
   * tree is too deep, the counts are flattened (halved, kept above zero) and the tree built again.
   * Ties are broken by symbol, so the same counts always give the same lengths.
   */
  static int[] lengths(long[] counts, int limit) {
    long[] c = counts.clone();
    while (true) {
      int[] lengths = treeLengths(c);
      if (Arrays.stream(lengths).max().orElse(0) <= limit) {
        return lengths;
      }
      for (int i = 0; i < c.length; i++) {
        if (c[i] > 0) {
          c[i] = Math.max(1, c[i] / 2);
        }
      }
    }
  }

  private static int[] treeLengths(long[] counts) {
    int n = counts.length;
    int[] lengths = new int[n];
    // Nodes: leaves 0..n-1, then inner nodes; each remembers its parent.
    int[] parent = new int[2 * n];
    long[] weight = new long[2 * n];
    PriorityQueue<int[]> queue = new PriorityQueue<>((a, b) -> {
      int w = Long.compare(weight[a[0]], weight[b[0]]);
      return w != 0 ? w : Integer.compare(a[1], b[1]);
    });
    int used = 0;
    for (int i = 0; i < n; i++) {
      if (counts[i] > 0) {
        weight[i] = counts[i];
        queue.add(new int[] {i, i});
        used++;
      }
    }
    if (used == 1) {
      lengths[queue.peek()[0]] = 1; // one symbol still needs a one-bit code
      return lengths;
    }
    int next = n;
    while (queue.size() > 1) {
      int a = queue.poll()[0];
      int b = queue.poll()[0];
      weight[next] = weight[a] + weight[b];
      parent[a] = next;
      parent[b] = next;
      queue.add(new int[] {next, next});
      next++;
    }
    int root = next - 1;
    for (int i = 0; i < n; i++) {
      if (counts[i] > 0) {
        int depth = 0;
        for (int node = i; node != root; node = parent[node]) {
          depth++;
        }
        lengths[i] = depth;
      }
    }
    return lengths;
  }

  /** Canonical codes for {@code lengths} (RFC 1951 §3.2.2), bit-reversed for writing low bit first. */
  static int[] canonical(int[] lengths) {
    int[] count = new int[MAX_BITS + 2];
    for (int l : lengths) {
      count[l]++;
    }
    count[0] = 0;
    int[] next = new int[MAX_BITS + 2];
    int code = 0;
    for (int bits = 1; bits <= MAX_BITS + 1; bits++) {
      code = (code + count[bits - 1]) << 1;
      next[bits] = code;
    }
    int[] codes = new int[lengths.length];
    for (int i = 0; i < lengths.length; i++) {
      int l = lengths[i];
      if (l != 0) {
        codes[i] = Integer.reverse(next[l]++) >>> (32 - l);
      }
    }
    return codes;
  }

  /** A growing string of bits, filled low bit first as deflate writes them. */
  static final class Bits {
    private long[] words = new long[16];
    private long size;

    /** The low {@code count} bits of {@code value}. */
    void write(long value, int count) {
      if (count == 0) {
        return;
      }
      int word = (int) (size >>> 6);
      int shift = (int) (size & 63);
      if (word + 1 >= words.length) {
        words = Arrays.copyOf(words, words.length * 2);
      }
      long v = value & (-1L >>> (64 - count));
      words[word] |= v << shift;
      if (shift + count > 64) {
        words[word + 1] |= v >>> (64 - shift);
      }
      size += count;
    }

    /** All of {@code other}'s bits after these. */
    void append(Bits other) {
      append(other, 0, other.size);
    }

    /** Bits {@code from} to {@code to} of {@code other} after these. */
    void append(Bits other, long from, long to) {
      long at = from;
      for (; to - at >= 64; at += 64) {
        write(other.bitsAt(at), 64);
      }
      if (to > at) {
        write(other.bitsAt(at), (int) (to - at));
      }
    }

    /** The 64 bits from {@code at} on (zeros past the end). */
    private long bitsAt(long at) {
      int w = (int) (at >>> 6);
      int shift = (int) (at & 63);
      long v = words[w] >>> shift;
      if (shift != 0 && w + 1 < words.length) {
        v |= words[w + 1] << (64 - shift);
      }
      return v;
    }

    /** These bits in an array no longer than they need, for keeping. */
    Bits trimmed() {
      Bits t = new Bits();
      t.words = Arrays.copyOf(words, (int) ((size + 63) >>> 6) + 1);
      t.size = size;
      return t;
    }

    void alignToByte() {
      size = (size + 7) & ~7L;
    }

    long size() {
      return size;
    }

    byte[] toBytes() {
      byte[] out = new byte[(int) ((size + 7) >>> 3)];
      int whole = out.length >>> 3;
      ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(words, 0, whole);
      for (int i = whole * 8; i < out.length; i++) {
        out[i] = (byte) (words[i >>> 3] >>> ((i & 7) * 8));
      }
      return out;
    }
  }
}

package org.redpress.render;

import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * Chooses a QR code's mask as ZXing does (the lowest penalty of ISO 18004's four rules, the first
 * mask on a tie), from the code drawn once with mask 0: the other seven are that code with its
 * data modules flipped by another pattern and its format bits rewritten, and each row and column
 * is one {@code long}, so a rule is a few shifts and a bit count per row. ZXing draws and scores
 * all eight module by module, which was a twentieth of a build's time for 2,500 materials.
 */
final class QrMasks {

  /** The widest code a row of one {@code long} holds: version 11, a URL of 250 bytes or so. */
  static final int MAX_WIDTH = 61;
  private static final int MASKS = 8;
  /** Each mask's pattern: row y's bits (bit x set where the data module at x, y is flipped), and column x's. */
  private static final long[][] MASK_ROWS = new long[MASKS][64];
  private static final long[][] MASK_COLUMNS = new long[MASKS][64];
  /** Where the format information's first copy has bit i (least significant first); see {@link #formatPlaces}. */
  private static final int[][] TOP_LEFT = {{8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
      {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8}};

  static {
    for (int k = 0; k < MASKS; k++) {
      for (int y = 0; y < 64; y++) {
        for (int x = 0; x < 64; x++) {
          if (flips(k, x, y)) {
            MASK_ROWS[k][y] |= 1L << x;
            MASK_COLUMNS[k][x] |= 1L << y;
          }
        }
      }
    }
  }

  private QrMasks() {}

  /**
   * The mask ZXing would choose for {@code masked0}, a code drawn with mask 0; -1 when the code is
   * wider than {@value #MAX_WIDTH} modules (let ZXing choose).
   */
  static int best(QRCode masked0) {
    if (masked0.getMatrix().getWidth() > MAX_WIDTH || masked0.getMaskPattern() != 0) {
      return -1;
    }
    Unmasked code = new Unmasked(masked0);
    int best = -1;
    int lowest = Integer.MAX_VALUE;
    for (int k = 0; k < MASKS; k++) {
      long[][] drawn = code.masked(k);
      int penalty = penalty(drawn[0], drawn[1], code.n);
      if (penalty < lowest) {
        lowest = penalty;
        best = k;
      }
    }
    return best;
  }

  /** A code's data modules without their mask, and its function patterns without the format bits. */
  static final class Unmasked {
    final int n;
    private final int ec;
    private final long[] function;
    private final long[] functionColumns;
    private final long[] data;
    private final long[] dataColumns;
    private final long[] fixed;
    private final long[] fixedColumns;
    private final int[][] format;

    Unmasked(QRCode masked0) {
      ByteMatrix matrix = masked0.getMatrix();
      n = matrix.getWidth();
      ec = masked0.getECLevel().getBits();
      function = functionRows(masked0.getVersion(), n);
      functionColumns = transpose(function, n);
      long all = (1L << n) - 1;
      data = new long[n];
      fixed = new long[n];
      for (int y = 0; y < n; y++) {
        long row = 0;
        for (int x = 0; x < n; x++) {
          if (matrix.get(x, y) == 1) {
            row |= 1L << x;
          }
        }
        data[y] = (row ^ MASK_ROWS[0][y]) & ~function[y] & all;
        fixed[y] = row & function[y];
      }
      format = formatPlaces(n);
      for (int[] place : format) {
        fixed[place[1]] &= ~(1L << place[0]);
      }
      dataColumns = transpose(data, n);
      fixedColumns = transpose(fixed, n);
    }

    /** The code under mask {@code k}: its rows ([0], bit x of row y) and its columns ([1], bit y of column x). */
    long[][] masked(int k) {
      long all = (1L << n) - 1;
      long[] rows = new long[n];
      long[] columns = new long[n];
      for (int i = 0; i < n; i++) {
        rows[i] = fixed[i] | ((data[i] ^ MASK_ROWS[k][i]) & ~function[i] & all);
        columns[i] = fixedColumns[i] | ((dataColumns[i] ^ MASK_COLUMNS[k][i]) & ~functionColumns[i] & all);
      }
      int bits = formatBits(ec, k);
      for (int i = 0; i < format.length; i++) {
        if ((bits >> (i % 15) & 1) == 1) {
          int x = format[i][0];
          int y = format[i][1];
          rows[y] |= 1L << x;
          columns[x] |= 1L << y;
        }
      }
      return new long[][] {rows, columns};
    }
  }

  /** The four rules' penalties summed. */
  static int penalty(long[] rows, long[] columns, int n) {
    int[] scores = scores(rows, columns, n);
    return scores[0] + scores[1] + scores[2] + scores[3];
  }

  /** Each rule's penalty: runs of five or more, 2×2 blocks, finder-like patterns, balance of dark and light. */
  static int[] scores(long[] rows, long[] columns, int n) {
    long all = (1L << n) - 1;
    int runs = 0;
    int blocks = 0;
    int finders = 0;
    int dark = 0;
    for (int i = 0; i < n; i++) {
      runs += runs(rows[i], n) + runs(columns[i], n);
      finders += finders(rows[i], n) + finders(columns[i], n);
      dark += Long.bitCount(rows[i]);
      if (i + 1 < n) {
        long across = ~(rows[i] ^ (rows[i] >>> 1)) & (all >>> 1);
        long down = ~(rows[i] ^ rows[i + 1]) & all;
        blocks += Long.bitCount(across & down & (down >>> 1));
      }
    }
    int cells = n * n;
    int balance = Math.abs(dark * 2 - cells) * 10 / cells;
    return new int[] {runs, 3 * blocks, 40 * finders, 10 * balance};
  }

  /** Rule 1 on one line: a run of five or more alike costs its length minus 2 (3, plus 1 per module past five). */
  private static int runs(long line, int n) {
    long same = ~(line ^ (line >>> 1)) & ((1L << (n - 1)) - 1); // bit j: modules j and j + 1 alike
    long five = same & (same >>> 1) & (same >>> 2) & (same >>> 3); // bit x: x to x + 4 alike
    long starts = five & ~(same << 1); // ... and x - 1 unlike x (or x = 0)
    return Long.bitCount(five) + 2 * Long.bitCount(starts);
  }

  /**
   * Rule 3 on one line, as ZXing 3.5.3 counts it: dark-light-dark×3-light-dark, with four light
   * modules before or after it, inside the code (the edge does not count as light).
   */
  private static int finders(long line, int n) {
    if (n < 7) {
      return 0;
    }
    long pattern = line & ~(line >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4) & ~(line >>> 5)
        & (line >>> 6) & ((1L << (n - 6)) - 1);
    long lightBefore = ~(line << 1 | line << 2 | line << 3 | line << 4) & ~15L;
    long lightAfter = n < 11 ? 0 : ~(line >>> 7 | line >>> 8 | line >>> 9 | line >>> 10) & ((1L << (n - 10)) - 1);
    return Long.bitCount(pattern & (lightBefore | lightAfter));
  }

  /** The modules of function patterns (finders, separators, format, timing, alignment, version), by row. */
  private static long[] functionRows(Version version, int n) {
    long[] rows = new long[n];
    region(rows, 0, 0, 9, 9);
    region(rows, n - 8, 0, 8, 9);
    region(rows, 0, n - 8, 9, 8);
    int[] centers = version.getAlignmentPatternCenters();
    int max = centers.length;
    for (int x = 0; x < max; x++) {
      for (int y = 0; y < max; y++) {
        // None where a finder pattern is.
        if ((x != 0 || (y != 0 && y != max - 1)) && (x != max - 1 || y != 0)) {
          region(rows, centers[y] - 2, centers[x] - 2, 5, 5);
        }
      }
    }
    region(rows, 6, 9, 1, n - 17);
    region(rows, 9, 6, n - 17, 1);
    if (version.getVersionNumber() > 6) {
      region(rows, n - 11, 0, 3, 6);
      region(rows, 0, n - 11, 6, 3);
    }
    return rows;
  }

  private static void region(long[] rows, int left, int top, int width, int height) {
    for (int y = top; y < top + height; y++) {
      rows[y] |= ((1L << width) - 1) << left;
    }
  }

  /** Where the format bits go: bit i of the 15 at [i] and at [15 + i]. */
  private static int[][] formatPlaces(int n) {
    int[][] places = new int[30][];
    for (int i = 0; i < 15; i++) {
      places[i] = TOP_LEFT[i];
      places[15 + i] = i < 8 ? new int[] {n - i - 1, 8} : new int[] {8, n - 7 + (i - 8)};
    }
    return places;
  }

  /** The 15 format bits of an error correction level and a mask: BCH(15, 5), masked with 0x5412. */
  private static int formatBits(int ecBits, int mask) {
    int info = ecBits << 3 | mask;
    int value = info << 10;
    int poly = 0x537;
    while (Integer.highestOneBit(value) >= 0x400) {
      value ^= poly << (31 - Integer.numberOfLeadingZeros(value) - 10);
    }
    return (info << 10 | value) ^ 0x5412;
  }

  static long[] transpose(long[] rows, int n) {
    long[] columns = new long[n];
    for (int y = 0; y < n; y++) {
      long row = rows[y];
      while (row != 0) {
        int x = Long.numberOfTrailingZeros(row);
        columns[x] |= 1L << y;
        row &= row - 1;
      }
    }
    return columns;
  }

  /** ZXing's (and the standard's) mask conditions: the data module at x, y is flipped. */
  private static boolean flips(int mask, int x, int y) {
    int product = x * y;
    return switch (mask) {
      case 0 -> (y + x) % 2 == 0;
      case 1 -> y % 2 == 0;
      case 2 -> x % 3 == 0;
      case 3 -> (y + x) % 3 == 0;
      case 4 -> (y / 2 + x / 3) % 2 == 0;
      case 5 -> product % 2 + product % 3 == 0;
      case 6 -> (product % 2 + product % 3) % 2 == 0;
      case 7 -> (product % 3 + (y + x) % 2) % 2 == 0;
      default -> throw new IllegalArgumentException("no mask " + mask);
    };
  }
}

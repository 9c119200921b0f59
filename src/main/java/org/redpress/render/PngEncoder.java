package org.redpress.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG writer for the theme's flat pictures: 8-bit palette images whose rows come as
 * {@link Strip}s of deflated scanlines, and no metadata chunk at all (no time, no gamma), so the
 * same pixels always give the same bytes. A strip that every card shares (the top band) is
 * deflated once and spliced into each card's stream; the rows that differ come from {@link
 * RowCoder}, which joins bits coded once per glyph: that is what makes one card per page
 * affordable at 10,000 pages.
 */
final class PngEncoder {

  private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', 13, 10, 26, 10};
  private static final int ADLER_BASE = 65521;

  private PngEncoder() {}

  /**
   * Scanlines (each led by its filter byte) deflated on their own and ended on a byte boundary
   * with an empty dictionary, so strips concatenate into one zlib stream in any order; {@code
   * adler} and {@code length} are those of the raw scanlines.
   */
  record Strip(byte[] deflated, long adler, long length) {

    static Strip of(byte[] scanlines) {
      Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
      try {
        deflater.setInput(scanlines);
        ByteArrayOutputStream out = new ByteArrayOutputStream(scanlines.length / 16 + 64);
        byte[] buffer = new byte[64 * 1024];
        int n;
        // FULL_FLUSH ends on a byte boundary and forgets the window: the next strip stands alone.
        do {
          n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
          out.write(buffer, 0, n);
        } while (n == buffer.length);
        Adler32 adler = new Adler32();
        adler.update(scanlines);
        return new Strip(out.toByteArray(), adler.getValue(), scanlines.length);
      } finally {
        deflater.end();
      }
    }
  }

  /** A palette image of {@code width}×{@code height}: {@code palette} holds 0xRRGGBB entries. */
  static byte[] indexed(int width, int height, int[] palette, List<Strip> strips) {
    int deflated = 0;
    for (Strip strip : strips) {
      deflated += strip.deflated().length;
    }
    int idat = 2 + deflated + 2 + 4;
    // Written straight into a picture of its final size: a card is 20 KB, 10,000 of them a build.
    ByteBuffer out = ByteBuffer.allocate(SIGNATURE.length + (12 + 13) + (12 + palette.length * 3) + (12 + idat) + 12);
    out.put(SIGNATURE);
    int at = begin(out, 13, "IHDR");
    out.putInt(width).putInt(height);
    out.put(new byte[] {8, 3, 0, 0, 0}); // 8 bits, palette, deflate, adaptive filters, no interlace
    end(out, at);
    at = begin(out, palette.length * 3, "PLTE");
    for (int rgb : palette) {
      out.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
    }
    end(out, at);
    at = begin(out, idat, "IDAT");
    out.put((byte) 0x78).put((byte) 0x01); // zlib header: deflate, 32K window, fastest; (0x7801 % 31 == 0)
    long adler = 1;
    for (Strip strip : strips) {
      out.put(strip.deflated());
      adler = combine(adler, strip.adler(), strip.length());
    }
    out.put((byte) 3).put((byte) 0); // an empty final block with fixed codes
    out.putInt((int) adler);
    end(out, at);
    end(out, begin(out, 0, "IEND"));
    return out.array();
  }

  /** Starts a chunk: its length and type; returns where its CRC starts counting. */
  private static int begin(ByteBuffer out, int length, String type) {
    out.putInt(length);
    int at = out.position();
    out.put(type.getBytes(StandardCharsets.US_ASCII));
    return at;
  }

  /** Ends the chunk begun at {@code at} with the CRC of its type and data. */
  private static void end(ByteBuffer out, int at) {
    CRC32 crc = new CRC32();
    crc.update(out.array(), at, out.position() - at);
    out.putInt((int) crc.getValue());
  }

  /** The Adler-32 of two byte runs joined, from the checksum of each (zlib's adler32_combine). */
  static long combine(long first, long second, long secondLength) {
    long rem = secondLength % ADLER_BASE;
    long sum1 = first & 0xffff;
    long sum2 = (rem * sum1) % ADLER_BASE;
    sum1 += (second & 0xffff) + ADLER_BASE - 1;
    sum2 += ((first >> 16) & 0xffff) + ((second >> 16) & 0xffff) + ADLER_BASE - rem;
    sum1 %= ADLER_BASE;
    sum2 %= ADLER_BASE;
    return sum1 | (sum2 << 16);
  }

  /**
   * Adler-32 kept as its two sums, unreduced: a strip's 100,000 bytes cannot overflow them, and a
   * glyph row coded once (with its sums) or a run of zeros adds to them without its bytes being
   * read ({@link ShareCard#coded}).
   */
  static final class Adler {
    private long a = 1;
    private long b;

    /** {@code n} bytes whose sum is {@code sum} and whose weighted sum (first byte n times, …) is {@code weighted}. */
    void add(long n, long sum, long weighted) {
      b += n * a + weighted;
      a += sum;
    }

    void zeros(long n) {
      b += n * a;
    }

    void update(byte[] bytes, int from, int to) {
      long[] sums = sums(bytes, from, to);
      add(to - from, sums[0], sums[1]);
    }

    long value() {
      return (b % ADLER_BASE) << 16 | (a % ADLER_BASE);
    }

    /** The sum and the weighted sum of {@code bytes[from, to)}. */
    static long[] sums(byte[] bytes, int from, int to) {
      long sum = 0;
      long weighted = 0;
      for (int i = from; i < to; i++) {
        int v = bytes[i] & 0xff;
        sum += v;
        weighted += (long) (to - i) * v;
      }
      return new long[] {sum, weighted};
    }
  }
}

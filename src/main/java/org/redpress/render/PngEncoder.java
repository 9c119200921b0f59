package org.redpress.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG writer for the theme's flat pictures: 8-bit palette images whose rows come as
 * {@link Strip}s of deflated scanlines, and no metadata chunk at all (no time, no gamma), so the
 * same pixels always give the same bytes. A strip that every card shares (the top band) is
 * deflated once and spliced into each card's stream; only the rows that differ are deflated per
 * card, at the fastest level, which is what makes one card per page affordable at 10,000 pages.
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
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      out.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream hd = new DataOutputStream(header);
      hd.writeInt(width);
      hd.writeInt(height);
      hd.write(new byte[] {8, 3, 0, 0, 0}); // 8 bits, palette, deflate, adaptive filters, no interlace
      chunk(out, "IHDR", header.toByteArray());
      byte[] plte = new byte[palette.length * 3];
      for (int i = 0; i < palette.length; i++) {
        plte[i * 3] = (byte) (palette[i] >> 16);
        plte[i * 3 + 1] = (byte) (palette[i] >> 8);
        plte[i * 3 + 2] = (byte) palette[i];
      }
      chunk(out, "PLTE", plte);
      ByteArrayOutputStream z = new ByteArrayOutputStream(32 * 1024);
      z.write(0x78);
      z.write(0x01); // zlib header: deflate, 32K window, fastest; (0x7801 % 31 == 0)
      long adler = 1;
      for (Strip strip : strips) {
        z.write(strip.deflated());
        adler = combine(adler, strip.adler(), strip.length());
      }
      z.write(new byte[] {3, 0}); // an empty final block with fixed codes
      z.write(new byte[] {(byte) (adler >> 24), (byte) (adler >> 16), (byte) (adler >> 8), (byte) adler});
      chunk(out, "IDAT", z.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
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

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    d.writeInt(data.length);
    d.write(name);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class RowCoderTest {

  private static final int STRIDE = 301;

  @Test
  void rowsOfRunsRepeatsAndNoiseInflateToTheSameBytes() throws DataFormatException {
    Random random = new Random(11);
    byte[] rows = rows(random, 40);
    RowCoder coder = RowCoder.fittedTo(rows(new Random(3), 20), STRIDE);
    RowCoder.Bits bits = coder.start();
    coder.code(rows, 0, rows.length, STRIDE, 0, 0, bits);

    assertThat(inflate(coder.finish(bits))).isEqualTo(rows);
  }

  @Test
  void aGlyphRowCodedOnItsOwnTileDecodesInThePictureWhereItsRowAboveIs() throws DataFormatException {
    // A 5-pixel tile: its second row repeats the first, so it is coded as a copy of the row above,
    // which in the picture lies one whole scanline (STRIDE) back, not 5 bytes.
    byte[] tile = {0, 9, 63, 63, 63, 0, 9, 63, 63, 63};
    RowCoder coder = RowCoder.fittedTo(rows(new Random(3), 4), STRIDE);
    RowCoder.Bits bits = coder.start();
    byte[] picture = new byte[2 * STRIDE];
    for (int y = 0; y < 2; y++) {
      coder.zeros(100, y == 0 ? -1 : 0, bits);
      coder.code(tile, y * 5, y * 5 + 5, 5, y * 5, 0, bits);
      coder.zeros(STRIDE - 105, tile[y * 5 + 4], bits);
      System.arraycopy(tile, y * 5, picture, y * STRIDE + 100, 5);
    }

    assertThat(inflate(coder.finish(bits))).isEqualTo(picture);
  }

  @Test
  void zerosAreCodedAfterAnyByteAndInAnyNumber() throws DataFormatException {
    RowCoder coder = RowCoder.fittedTo(rows(new Random(3), 4), STRIDE);
    for (int previous : new int[] {-1, 0, 17}) {
      for (int n : new int[] {0, 1, 2, 3, 4, 257, 258, 259, 260, 261, 516, 517, 1_000}) {
        RowCoder.Bits bits = coder.start();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        if (previous >= 0) {
          coder.code(new byte[] {(byte) previous}, 0, 1, STRIDE, 0, 0, bits);
          expected.write(previous);
        }
        coder.zeros(n, previous, bits);
        expected.writeBytes(new byte[n]);
        assertThat(inflate(coder.finish(bits))).as("%d zeros after %d", n, previous).isEqualTo(expected.toByteArray());
      }
    }
  }

  @Test
  void codeLengthsStayWithinTheLimitAndFillTheCodeSpace() {
    long[] counts = new long[40];
    long a = 1;
    long b = 1;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = a; // Fibonacci counts make the deepest tree there is: 39 bits unlimited
      long c = a + b;
      a = b;
      b = c;
    }
    int[] lengths = RowCoder.lengths(counts, 15);

    assertThat(Arrays.stream(lengths).max().getAsInt()).isLessThanOrEqualTo(15);
    double kraft = Arrays.stream(lengths).mapToDouble(l -> Math.pow(2, -l)).sum();
    assertThat(kraft).isEqualTo(1.0);
  }

  @Test
  void refusesAByteOutsideThePaletteStepsItHasCodesFor() {
    RowCoder coder = RowCoder.fittedTo(new byte[STRIDE], STRIDE);
    byte[] row = {1, 2, (byte) RowCoder.LITERALS};

    assertThatThrownBy(() -> coder.code(row, 0, row.length, STRIDE, 0, 0, coder.start()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
  }

  /** Scanlines with a filter byte, runs, repeated rows and antialiasing-like noise, all below 64. */
  private static byte[] rows(Random random, int count) {
    byte[] rows = new byte[count * STRIDE];
    for (int y = 0; y < count; y++) {
      int at = y * STRIDE;
      if (y > 0 && random.nextInt(4) == 0) {
        System.arraycopy(rows, at - STRIDE, rows, at, STRIDE);
        continue;
      }
      for (int x = 1; x < STRIDE;) {
        int n = 1 + random.nextInt(40);
        int kind = random.nextInt(3);
        for (int k = 0; k < n && x < STRIDE; k++, x++) {
          rows[at + x] = (byte) switch (kind) {
            case 0 -> 0;
            case 1 -> 63;
            default -> random.nextInt(RowCoder.LITERALS);
          };
        }
      }
    }
    return rows;
  }

  /** A strip's raw deflate data, closed with an empty final block, inflated. */
  static byte[] inflate(byte[] strip) throws DataFormatException {
    byte[] closed = Arrays.copyOf(strip, strip.length + 2);
    closed[strip.length] = 3; // an empty final block with fixed codes
    Inflater inflater = new Inflater(true);
    inflater.setInput(closed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
        throw new DataFormatException("truncated stream after " + out.size() + " bytes");
      }
      out.write(buffer, 0, n);
    }
    inflater.end();
    return out.toByteArray();
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The mask choice made on bit rows agrees with ZXing's own, module for module and score for score. */
class QrMasksTest {

  @Test
  void eachMaskDrawnFromTheMaskZeroCodeIsTheCodeZxingDrawsWithThatMask() throws WriterException {
    for (int length : new int[] {10, 40, 80, 130, 200, 250}) { // versions 1 to 11
      String url = url(new Random(length), length);
      QrMasks.Unmasked code = new QrMasks.Unmasked(Encoder.encode(url, ErrorCorrectionLevel.M, QrCodes.hints(0)));
      for (int k = 0; k < 8; k++) {
        ByteMatrix expected = Encoder.encode(url, ErrorCorrectionLevel.M, QrCodes.hints(k)).getMatrix();
        long[][] drawn = code.masked(k);
        assertThat(drawn[0]).as("%d bytes, mask %d", length, k).isEqualTo(rows(expected));
        assertThat(drawn[1]).isEqualTo(QrMasks.transpose(rows(expected), code.n));
      }
    }
  }

  @Test
  void choosesTheMaskZxingChoosesForUrlsOfEveryLengthItTakes() throws WriterException {
    Random random = new Random(5);
    for (int i = 0; i < 300; i++) {
      String url = url(random, 1 + random.nextInt(250));
      QRCode own = Encoder.encode(url, ErrorCorrectionLevel.M, QrCodes.hints(-1));
      assertThat(QrCodes.encode(url).getMaskPattern()).as(url).isEqualTo(own.getMaskPattern());
      assertThat(rows(QrCodes.encode(url).getMatrix())).isEqualTo(rows(own.getMatrix()));
    }
  }

  @Test
  void leavesCodesWiderThanALongToZxing() throws WriterException {
    String url = url(new Random(9), 400);
    QRCode masked0 = Encoder.encode(url, ErrorCorrectionLevel.M, QrCodes.hints(0));
    assertThat(masked0.getMatrix().getWidth()).isGreaterThan(QrMasks.MAX_WIDTH);

    assertThat(QrMasks.best(masked0)).isEqualTo(-1);
    assertThat(QrCodes.encode(url).getMaskPattern())
        .isEqualTo(Encoder.encode(url, ErrorCorrectionLevel.M, QrCodes.hints(-1)).getMaskPattern());
  }

  @Test
  void scoresAnyMatrixAsEachOfZxingsFourPenaltyRulesDoes() throws Exception {
    // MaskUtil is ZXing's own (package-private) scoring: reached by reflection, so that an update
    // of ZXing that scores differently fails here, not in a reader's phone.
    Class<?> rules = Class.forName("com.google.zxing.qrcode.encoder.MaskUtil");
    Method[] rule = new Method[4];
    for (int r = 0; r < 4; r++) {
      rule[r] = rules.getDeclaredMethod("applyMaskPenaltyRule" + (r + 1), ByteMatrix.class);
      rule[r].setAccessible(true);
    }
    Random random = new Random(2);
    for (int i = 0; i < 200; i++) {
      int n = 7 + random.nextInt(QrMasks.MAX_WIDTH - 6);
      ByteMatrix m = new ByteMatrix(n, n);
      // Mostly runs, so that every rule has something to find.
      double dense = random.nextDouble();
      for (int y = 0; y < n; y++) {
        int v = 0;
        for (int x = 0; x < n; x++) {
          if (random.nextInt(3) == 0) {
            v = random.nextDouble() < dense ? 1 : 0;
          }
          m.set(x, y, v);
        }
      }
      int[] expected = new int[4];
      for (int r = 0; r < 4; r++) {
        expected[r] = (int) rule[r].invoke(null, m);
      }
      assertThat(QrMasks.scores(rows(m), QrMasks.transpose(rows(m), n), n)).as("%d×%d", n, n).isEqualTo(expected);
    }
  }

  private static long[] rows(ByteMatrix m) {
    long[] rows = new long[m.getHeight()];
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y) == 1) {
          rows[y] |= 1L << x;
        }
      }
    }
    return rows;
  }

  private static String url(Random random, int length) {
    StringBuilder s = new StringBuilder("https://example.org/");
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789-/";
    while (s.length() < length) {
      s.append(chars.charAt(random.nextInt(chars.length())));
    }
    return s.substring(0, Math.max(length, 1));
  }
}

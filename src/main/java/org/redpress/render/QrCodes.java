package org.redpress.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.HashMap;
import java.util.Map;

/** QR codes (ZXing) of printed pages' URLs, as SVG path data the theme draws. */
final class QrCodes {

  private QrCodes() {}

  /** {@code url} as a QR code with error correction M (15 %), enough for a creased handout. */
  static RecordView.QrCode of(String url) {
    ByteMatrix m = encode(url).getMatrix();
    // One "M x y h n v1 h-n z" per run of dark modules in a row: a few KB for a 33-module code.
    StringBuilder d = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      int x = 0;
      while (x < m.getWidth()) {
        if (m.get(x, y) != 1) {
          x++;
          continue;
        }
        int start = x;
        while (x < m.getWidth() && m.get(x, y) == 1) {
          x++;
        }
        d.append('M').append(start).append(' ').append(y).append('h').append(x - start)
            .append("v1h-").append(x - start).append('z');
      }
    }
    return new RecordView.QrCode(url, m.getWidth(), d.toString());
  }

  /**
   * The code with the mask ZXing would choose itself: drawn with mask 0, scored under all eight
   * by {@link QrMasks}, and drawn again only when another mask wins.
   */
  static QRCode encode(String url) {
    try {
      QRCode first = Encoder.encode(url, ErrorCorrectionLevel.M, hints(0));
      int best = QrMasks.best(first);
      return best == 0 ? first : Encoder.encode(url, ErrorCorrectionLevel.M, hints(best));
    } catch (WriterException e) {
      throw new IllegalArgumentException("URL too long for a QR code: " + url, e);
    }
  }

  /** UTF-8, and the mask to use (-1: let ZXing choose). */
  static Map<EncodeHintType, Object> hints(int mask) {
    Map<EncodeHintType, Object> hints = new HashMap<>();
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    if (mask >= 0) {
      hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
    }
    return hints;
  }
}

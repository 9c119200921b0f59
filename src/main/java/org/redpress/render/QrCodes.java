package org.redpress.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes (ZXing) of printed pages' URLs, as SVG path data the theme draws. */
final class QrCodes {

  private QrCodes() {}

  /** {@code url} as a QR code with error correction M (15 %), enough for a creased handout. */
  static RecordView.QrCode of(String url) {
    BitMatrix m;
    try {
      m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, "UTF-8",
          EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("URL too long for a QR code: " + url, e);
    }
    // One "M x y h n v1 h-n z" per run of dark modules in a row: a few KB for a 33-module code.
    StringBuilder d = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      int x = 0;
      while (x < m.getWidth()) {
        if (!m.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < m.getWidth() && m.get(x, y)) {
          x++;
        }
        d.append('M').append(start).append(' ').append(y).append('h').append(x - start)
            .append("v1h-").append(x - start).append('z');
      }
    }
    return new RecordView.QrCode(url, m.getWidth(), d.toString());
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  @Test
  void thePathDrawsACodeThatAReaderDecodesBackToTheUrl() throws Exception {
    String url = "https://redpress.example.org/materials/sanda-gongcheng-01-zonglan/";
    RecordView.QrCode qr = QrCodes.of(url);
    assertThat(qr.path()).matches("(M\\d+ \\d+h\\d+v1h-\\d+z)+");

    // Draw the path as the browser would, 4 px a module with a 4-module quiet zone, and read it.
    int scale = 4;
    int quiet = 4;
    int side = (qr.size() + 2 * quiet) * scale;
    int[] pixels = new int[side * side];
    Arrays.fill(pixels, 0xffffffff);
    Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(qr.path());
    while (run.find()) {
      int x0 = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int n = Integer.parseInt(run.group(3));
      for (int x = x0; x < x0 + n; x++) {
        for (int dy = 0; dy < scale; dy++) {
          for (int dx = 0; dx < scale; dx++) {
            pixels[((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx] = 0xff000000;
          }
        }
      }
    }
    var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    assertThat(qr.text()).isEqualTo(url);
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  @Test
  void combinesTwoChecksumsIntoTheChecksumOfTheJoinedBytes() {
    Random random = new Random(7);
    for (int n : new int[] {0, 1, 5_552, 65_521, 200_000}) {
      byte[] a = new byte[random.nextInt(70_000)];
      byte[] b = new byte[n];
      random.nextBytes(a);
      random.nextBytes(b);
      Adler32 joined = new Adler32();
      joined.update(a);
      joined.update(b);
      assertThat(PngEncoder.combine(adler(a), adler(b), b.length)).as("second part of %d bytes", n)
          .isEqualTo(joined.getValue());
    }
  }

  @Test
  void stripsDeflatedApartMakeOnePictureWithThePixelsOfEachStrip() throws IOException {
    int width = 300;
    int[] palette = {0xffffff, 0xa4161a, 0x1f1f1f};
    byte[] top = rows(width, 40, (x, y) -> 1);
    byte[] middle = rows(width, 25, (x, y) -> (x * 7 + y * 13) % 3);
    byte[] bottom = rows(width, 35, (x, y) -> x < 100 ? 2 : 0);
    // The top strip is deflated once and spliced into two pictures, as a share card's band is.
    PngEncoder.Strip band = PngEncoder.Strip.of(top);
    byte[] first = PngEncoder.indexed(width, 100, palette,
        List.of(band, PngEncoder.Strip.of(middle), PngEncoder.Strip.of(bottom)));
    byte[] second = PngEncoder.indexed(width, 100, palette,
        List.of(band, PngEncoder.Strip.of(bottom), PngEncoder.Strip.of(middle)));

    // ImageIO inflates with java.util.zip, which refuses a stream whose Adler-32 does not match.
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(100);
    assertThat(image.getRGB(10, 5) & 0xffffff).isEqualTo(0xa4161a);
    assertThat(image.getRGB(20, 40 + 3) & 0xffffff).isEqualTo(palette[(20 * 7 + 3 * 13) % 3]);
    assertThat(image.getRGB(50, 80) & 0xffffff).isEqualTo(0x1f1f1f);
    assertThat(image.getRGB(150, 80) & 0xffffff).isEqualTo(0xffffff);
    BufferedImage swapped = ImageIO.read(new ByteArrayInputStream(second));
    assertThat(swapped.getRGB(50, 50) & 0xffffff).isEqualTo(0x1f1f1f);
    assertThat(swapped.getRGB(20, 75 + 3) & 0xffffff).isEqualTo(palette[(20 * 7 + 3 * 13) % 3]);
  }

  private interface Pixel {
    int index(int x, int y);
  }

  private static byte[] rows(int width, int height, Pixel pixel) {
    byte[] rows = new byte[height * (width + 1)];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        rows[y * (width + 1) + 1 + x] = (byte) pixel.index(x, y);
      }
    }
    return rows;
  }

  private static long adler(byte[] bytes) {
    Adler32 adler = new Adler32();
    adler.update(bytes);
    return adler.getValue();
  }
}

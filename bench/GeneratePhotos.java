import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.File;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Synthetic phone photos for bench/image-bench.sh: W × H pixels of gradients, soft blobs and
 * grain, encoded at quality 0.92 like a phone camera, so file sizes land in the 3–8 MB range of
 * real 12 MP photos. Usage: java GeneratePhotos.java OUT_DIR COUNT [WIDTH HEIGHT]
 */
public class GeneratePhotos {
  public static void main(String[] args) throws Exception {
    File out = new File(args[0]);
    int count = Integer.parseInt(args[1]);
    int w = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
    int h = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
    out.mkdirs();
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    for (int n = 0; n < count; n++) {
      long seed = 0x9E3779B97F4A7C15L * (n + 1);
      double fx = 3 + (n % 7), fy = 2 + (n % 5);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17;
          int grain = (int) (seed & 31) - 16;
          double s = Math.sin(x * fx / w * Math.PI) * Math.cos(y * fy / h * Math.PI);
          int r = clamp((int) (120 + 90 * s + 60.0 * x / w) + grain);
          int g = clamp((int) (110 + 70 * Math.sin((x + y) * 0.01 + n)) + grain);
          int b = clamp((int) (100 + 80 * Math.cos(y * 0.004 * fy)) + grain);
          px[y * w + x] = r << 16 | g << 8 | b;
        }
      }
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.92f);
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(new File(out, String.format("photo-%03d.jpg", n)))) {
        writer.setOutput(ios);
        writer.write(null, new IIOImage(img, null, null), p);
      }
      writer.dispose();
    }
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}

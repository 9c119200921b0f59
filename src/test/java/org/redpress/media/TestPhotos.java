package org.redpress.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos as phones make them, generated: textured pixels with a red block in the stored top-left
 * corner (to see where a rotation put it) and an EXIF block carrying an orientation, a camera
 * make, a body serial number, a GPS position and an embedded thumbnail, each with bytes a test
 * can look for in the output.
 */
public final class TestPhotos {

  /** The camera serial number written into the EXIF. */
  public static final String SERIAL = "SN-RP-20261207";
  /** The camera make written into the EXIF. */
  public static final String MAKE = "RedCam";
  /** A comment inside the embedded thumbnail. */
  public static final String THUMBNAIL_MARK = "THUMBNAIL-MARK-7731";

  private TestPhotos() {}

  /** The 24 bytes of the GPS latitude as the EXIF stores it (31° 57′ 12.3456″), little-endian rationals. */
  public static byte[] gpsLatitudeBytes() {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(31).putInt(1).putInt(57).putInt(1).putInt(123456).putInt(10000);
    return b.array();
  }

  /** A JPEG of {@code w} × {@code h} stored pixels with the EXIF block above. */
  public static byte[] phoneJpeg(int w, int h, int orientation, long seed) {
    byte[] plain = jpeg(textured(w, h, seed));
    byte[] app1 = app1(exif(orientation, thumbnail()));
    byte[] out = new byte[plain.length + app1.length];
    out[0] = plain[0];
    out[1] = plain[1];
    System.arraycopy(app1, 0, out, 2, app1.length);
    System.arraycopy(plain, 2, out, 2 + app1.length, plain.length - 2);
    return out;
  }

  /** Noise over a gradient (so JPEG sizes are those of photos), red in the top-left eighth. */
  public static BufferedImage textured(int w, int h, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int n = random.nextInt(48);
        int r = Math.min(255, 60 + 120 * x / w + n);
        int g = Math.min(255, 90 + 100 * y / h + n);
        int b = Math.min(255, 140 + n);
        img.setRGB(x, y, r << 16 | g << 8 | b);
      }
    }
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(220, 20, 20));
    g.fillRect(0, 0, w / 4, h / 4);
    g.dispose();
    return img;
  }

  public static byte[] jpeg(BufferedImage img) {
    return write(img, "jpeg");
  }

  public static byte[] png(BufferedImage img) {
    return write(img, "png");
  }

  private static byte[] write(BufferedImage img, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CMYK JPEG (as print shops and scanners make them) of {@code w} × {@code h}. */
  public static byte[] cmykJpeg(int w, int h) {
    WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        raster.setPixel(x, y, new int[] {x % 256, y % 256, 40, 10});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(raster, null, null), null);
      ios.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** A 200-byte PNG whose header declares {@code w} × {@code h} pixels: a decompression bomb's header. */
  public static byte[] pngHeaderOnly(int w, int h) {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(w).putInt(h)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer out = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12 + 100);
    out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    out.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    out.putInt(100).put("IDAT".getBytes(StandardCharsets.US_ASCII));
    return out.array();
  }

  /** The first bytes of an iPhone HEIC file. */
  public static byte[] heicHead() {
    byte[] b = new byte[64];
    byte[] box = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
    System.arraycopy(box, 0, b, 0, box.length);
    return b;
  }

  private static byte[] thumbnail() {
    byte[] small = jpeg(textured(32, 24, 7));
    byte[] comment = THUMBNAIL_MARK.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer out = ByteBuffer.allocate(small.length + 4 + comment.length);
    out.put(small, 0, 2).put((byte) 0xff).put((byte) 0xfe).putShort((short) (comment.length + 2)).put(comment);
    out.put(small, 2, small.length - 2);
    return out.array();
  }

  private static byte[] app1(byte[] tiff) {
    ByteBuffer b = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
    b.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length));
    b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
    return b.array();
  }

  /** A little-endian TIFF block: IFD0 (make, orientation, Exif and GPS pointers), Exif IFD (serial), GPS IFD, IFD1 (thumbnail). */
  private static byte[] exif(int orientation, byte[] thumb) {
    ByteBuffer b = ByteBuffer.allocate(236 + thumb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    b.position(8).putShort((short) 4);
    entry(b, 0x010F, 2, 7, 62);
    entry(b, 0x0112, 3, 1, orientation);
    entry(b, 0x8769, 4, 1, 70);
    entry(b, 0x8825, 4, 1, 104);
    b.putInt(206);
    b.position(62).put((MAKE + "\0").getBytes(StandardCharsets.US_ASCII));
    b.position(70).putShort((short) 1);
    entry(b, 0xA431, 2, SERIAL.length() + 1, 88);
    b.putInt(0);
    b.position(88).put((SERIAL + "\0").getBytes(StandardCharsets.US_ASCII));
    b.position(104).putShort((short) 4);
    entry(b, 0x0001, 2, 2, 'N');
    entry(b, 0x0002, 5, 3, 158);
    entry(b, 0x0003, 2, 2, 'E');
    entry(b, 0x0004, 5, 3, 182);
    b.putInt(0);
    b.position(158).put(gpsLatitudeBytes());
    b.position(182).putInt(120).putInt(1).putInt(27).putInt(1).putInt(654321).putInt(10000);
    b.position(206).putShort((short) 2);
    entry(b, 0x0201, 4, 1, 236);
    entry(b, 0x0202, 4, 1, thumb.length);
    b.putInt(0);
    b.position(236).put(thumb);
    return b.array();
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count);
    if (type == 3) {
      b.putShort((short) value).putShort((short) 0);
    } else {
      b.putInt(value);
    }
  }
}

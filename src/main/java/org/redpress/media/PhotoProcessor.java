package org.redpress.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * One photo's bytes to its published variants. Checks come first and cost nothing: size, what the
 * bytes are (not what the name says), then the dimensions the header declares; only then are the
 * pixels decoded (CMYK JPEGs come out as RGB through TwelveMonkeys), scaled, turned upright and
 * encoded afresh, so no EXIF, GPS, serial, thumbnail, XMP or ICC block of the original is copied.
 */
final class PhotoProcessor {

  /** The widths pages ask for: a phone (480), a phone at 2× or a tablet (960), a desktop at 2× (1600). */
  static final int[] WIDTHS = {480, 960, 1600};

  /** JPEG quality: visually clean for photos at about a tenth of a phone's bytes. */
  static final float QUALITY = 0.82f;

  private final PhotoLimits limits;

  PhotoLimits limits() {
    return limits;
  }

  PhotoProcessor(PhotoLimits limits) {
    this.limits = limits;
  }

  /** The processed photo and each variant's bytes, in the order of its variants. */
  record Output(ProcessedPhoto photo, List<byte[]> bytes) {}

  Output process(String name, byte[] data, String key) throws MediaProblemException {
    ImageFormat format = check(name, data);
    BufferedImage pixels;
    int orientation = format == ImageFormat.JPEG ? Orientation.of(data) : 1;
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw problem("E-PHOTO-CORRUPT", name);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || w > limits.maxSide() || h > limits.maxSide() || w * h > limits.maxPixels()) {
          throw problem("E-PHOTO-PIXELS", w, h, limits.maxPixels() / 1_000_000, limits.maxSide());
        }
        TruncationWatch watch = new TruncationWatch();
        reader.addIIOReadWarningListener(watch);
        pixels = reader.read(0);
        if (watch.truncated) {
          throw problem("E-PHOTO-TRUNCATED");
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw problem(truncatedJpeg(format, data) ? "E-PHOTO-TRUNCATED" : "E-PHOTO-CORRUPT", name);
    }
    if (format == ImageFormat.JPEG && truncatedJpeg(format, data)) {
      throw problem("E-PHOTO-TRUNCATED");
    }
    BufferedImage rgb = normalise(pixels);
    // Let the decoder's pixels go before the variants are made: a 12 MP photo's are 36 MB.
    pixels = null;
    return encode(key, rgb, orientation, format);
  }

  /** Refuses by size and by magic bytes, before any decoding. */
  private ImageFormat check(String name, byte[] data) throws MediaProblemException {
    if (data.length > limits.maxBytes()) {
      throw problem("E-PHOTO-LARGE", data.length / 1024 / 1024, limits.maxBytes() / 1024 / 1024);
    }
    ImageFormat claimed = ImageFormat.ofName(name);
    ImageFormat actual = ImageFormat.sniff(data);
    if (actual == ImageFormat.HEIC || claimed == ImageFormat.HEIC) {
      throw problem("E-PHOTO-HEIC");
    }
    if (actual == ImageFormat.WEBP) {
      throw problem("E-PHOTO-WEBP");
    }
    if (actual == ImageFormat.UNKNOWN) {
      throw problem("E-PHOTO-CORRUPT", name);
    }
    if (actual != claimed) {
      throw problem("E-PHOTO-EXTENSION", claimed.extension(), actual.name(), actual.extension());
    }
    return actual;
  }

  /** A JPEG whose last bytes hold no end-of-image marker was cut short (a failed copy or upload). */
  private static boolean truncatedJpeg(ImageFormat format, byte[] data) {
    if (format != ImageFormat.JPEG) {
      return false;
    }
    // Some phones append data after the end marker; look for it anywhere in the last 64 KiB.
    int from = Math.max(2, data.length - 65_536);
    for (int i = data.length - 2; i >= from; i--) {
      if ((data[i] & 0xff) == 0xff && (data[i + 1] & 0xff) == 0xd9) {
        return false;
      }
    }
    return true;
  }

  /** Pixels as 8-bit RGB, or ARGB when the image has transparency, whatever the decoder gave. */
  private static BufferedImage normalise(BufferedImage in) {
    int type = in.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    if (in.getType() == type) {
      return in;
    }
    BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), type);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(in, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private Output encode(String key, BufferedImage stored, int orientation, ImageFormat format)
      throws MediaProblemException {
    boolean swap = Orientation.swapsSides(orientation);
    int uprightW = swap ? stored.getHeight() : stored.getWidth();
    int uprightH = swap ? stored.getWidth() : stored.getHeight();
    boolean png = format == ImageFormat.PNG;
    String ext = png ? "png" : "jpg";
    // Widest first, each scaled from the previous one: cheaper, and as sharp.
    Map<Integer, BufferedImage> scaled = new LinkedHashMap<>();
    BufferedImage from = stored;
    List<Integer> widths = widths(uprightW);
    for (int i = widths.size() - 1; i >= 0; i--) {
      int w = widths.get(i);
      int h = Math.max(1, Math.round((float) uprightH * w / uprightW));
      BufferedImage s = Downscaler.scale(from, swap ? h : w, swap ? w : h);
      scaled.put(w, s);
      from = s;
    }
    List<Variant> variants = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    for (int w : widths) {
      BufferedImage upright = Orientation.apply(scaled.get(w), orientation);
      variants.add(new Variant(upright.getWidth(), upright.getHeight(), ext));
      bytes.add(png ? writePng(upright) : writeJpeg(upright));
    }
    return new Output(new ProcessedPhoto(key, uprightW, uprightH, variants), bytes);
  }

  /** The variant widths for an upright width: those of {@link #WIDTHS} below it, and it capped at the widest. */
  static List<Integer> widths(int uprightWidth) {
    List<Integer> out = new ArrayList<>();
    for (int w : WIDTHS) {
      if (w < uprightWidth) {
        out.add(w);
      }
    }
    int top = Math.min(uprightWidth, WIDTHS[WIDTHS.length - 1]);
    if (!out.contains(top)) {
      out.add(top);
    }
    return out;
  }

  static byte[] writeJpeg(BufferedImage image) throws MediaProblemException {
    BufferedImage rgb = image;
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = rgb.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } catch (IOException e) {
      throw problem("E-PHOTO-CORRUPT", "jpeg");
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static byte[] writePng(BufferedImage image) throws MediaProblemException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw problem("E-PHOTO-CORRUPT", "png");
    }
    return out.toByteArray();
  }

  static MediaProblemException problem(String code, Object... args) {
    return new MediaProblemException(MediaProblem.of(code, args));
  }

  /** Notes the decoder's warning that the data ended early (it would otherwise paint the rest grey). */
  private static final class TruncationWatch implements javax.imageio.event.IIOReadWarningListener {
    private boolean truncated;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      String w = warning.toLowerCase(java.util.Locale.ROOT);
      if (w.contains("premature") || w.contains("truncat") || w.contains("end of")) {
        truncated = true;
      }
    }
  }
}

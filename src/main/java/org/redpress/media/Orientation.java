package org.redpress.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/** The EXIF orientation of a JPEG (1 to 8) and the turn or mirror that makes its pixels upright. */
final class Orientation {

  private Orientation() {}

  /** The orientation tag of a JPEG's EXIF, 1 (as stored) when there is none or it cannot be read. */
  static int of(byte[] jpeg) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
      if (exif.isEmpty()) {
        return 1;
      }
      InputStream data = exif.get(0).data();
      data.skip(1); // the pad byte after the "Exif\0" identifier the segment already dropped
      try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
        Directory dir = new TIFFReader().read(tiff);
        Entry entry = dir.getEntryById(TIFF.TAG_ORIENTATION);
        if (entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
          return n.intValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable EXIF block is not a reason to refuse a photo whose pixels decode: as stored.
    }
    return 1;
  }

  /** Whether the orientation swaps width and height (a quarter turn). */
  static boolean swapsSides(int orientation) {
    return orientation >= 5;
  }

  /** {@code in} turned upright; the same image for orientation 1. */
  static BufferedImage apply(BufferedImage in, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return in;
    }
    int w = in.getWidth();
    int h = in.getHeight();
    boolean swap = swapsSides(orientation);
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, in.getType());
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = in.getRGB(x, y);
        switch (orientation) {
          case 2 -> out.setRGB(w - 1 - x, y, rgb);
          case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
          case 4 -> out.setRGB(x, h - 1 - y, rgb);
          case 5 -> out.setRGB(y, x, rgb);
          case 6 -> out.setRGB(h - 1 - y, x, rgb);
          case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
          default -> out.setRGB(y, w - 1 - x, rgb);
        }
      }
    }
    return out;
  }
}

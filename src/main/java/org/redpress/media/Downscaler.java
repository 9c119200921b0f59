package org.redpress.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Downscaling that does not alias: halve with an exact 2×2 area average while the image is at
 * least twice the target, then one bilinear step (ratio between ½ and 1, where bilinear samples
 * every source pixel). This is the progressive method Thumbnailator and imgscalr use; neither
 * library resolves from our registry, and the code is this small. Pure integer arithmetic and
 * one Java2D call: the same pixels in give the same pixels out.
 */
final class Downscaler {

  private Downscaler() {}

  /** {@code source} (TYPE_INT_RGB or TYPE_INT_ARGB) scaled to exactly {@code w} × {@code h}, never up. */
  static BufferedImage scale(BufferedImage source, int w, int h) {
    BufferedImage current = source;
    while (current.getWidth() >= 2 * w && current.getHeight() >= 2 * h) {
      current = halve(current);
    }
    if (current.getWidth() == w && current.getHeight() == h) {
      return current;
    }
    BufferedImage out = new BufferedImage(w, h, current.getType());
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(current, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Each output pixel the mean of a 2×2 block, per channel (alpha too), rounded. */
  static BufferedImage halve(BufferedImage in) {
    int w = in.getWidth() / 2;
    int h = in.getHeight() / 2;
    int sw = in.getWidth();
    int[] src = ((DataBufferInt) in.getRaster().getDataBuffer()).getData();
    BufferedImage out = new BufferedImage(w, h, in.getType());
    int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < h; y++) {
      int row0 = 2 * y * sw;
      int row1 = row0 + sw;
      for (int x = 0; x < w; x++) {
        int a = src[row0 + 2 * x];
        int b = src[row0 + 2 * x + 1];
        int c = src[row1 + 2 * x];
        int d = src[row1 + 2 * x + 1];
        dst[y * w + x] = mean(a, b, c, d, 24) << 24 | mean(a, b, c, d, 16) << 16
            | mean(a, b, c, d, 8) << 8 | mean(a, b, c, d, 0);
      }
    }
    return out;
  }

  private static int mean(int a, int b, int c, int d, int shift) {
    return (((a >>> shift) & 0xff) + ((b >>> shift) & 0xff) + ((c >>> shift) & 0xff) + ((d >>> shift) & 0xff) + 2) >> 2;
  }
}

package org.redpress.media;

/**
 * What a photo may be. Phone photos are 3–8 MB and up to about 50 megapixels; anything past these
 * limits is refused before a pixel is decoded, so a tiny file declaring 50,000 × 50,000 pixels
 * (a decompression bomb) costs nothing.
 */
public record PhotoLimits(long maxBytes, long maxPixels, int maxSide) {

  /** 25 MiB, 64 megapixels, 16,384 px on a side. */
  public static final PhotoLimits DEFAULT = new PhotoLimits(25L * 1024 * 1024, 64_000_000L, 16_384);
}

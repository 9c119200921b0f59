package org.redpress.media;

/**
 * What a photo may be. Phone photos are 3–8 MB and up to about 50 megapixels; anything past these
 * limits is refused before a pixel is decoded, so a tiny file declaring 50,000 × 50,000 pixels
 * (a decompression bomb) costs nothing.
 */
public record PhotoLimits(long maxBytes, long maxPixels, int maxSide) {

  /** 25 MiB, 64 megapixels, 16,384 px on a side. */
  public static final PhotoLimits DEFAULT = new PhotoLimits(25L * 1024 * 1024, 64_000_000L, 16_384);

  /**
   * The most heap one photo at the limit holds while it is processed: its decoded pixels (3 bytes
   * each) and their RGB copy (4 bytes each) at once, plus the original's bytes; the variants are
   * a fraction of that.
   */
  public long worstCaseBytes() {
    return maxPixels * 7 + maxBytes;
  }

  /**
   * How many photos may be processed at once within {@code heapBytes} (half of it: the rest is the
   * site's pages and the collector's room), at least one and at most {@code threads}.
   */
  public int concurrency(int threads, long heapBytes) {
    long byMemory = heapBytes / 2 / worstCaseBytes();
    return (int) Math.max(1, Math.min(threads, byMemory));
  }
}

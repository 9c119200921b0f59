package org.redpress.media;

import java.util.List;

/**
 * A photo ready to publish: upright size and the variants, narrowest first (never wider than the
 * original), each re-encoded from pixels only, so no metadata of the original survives.
 */
public record ProcessedPhoto(String key, int width, int height, List<Variant> variants) {

  public ProcessedPhoto {
    variants = List.copyOf(variants);
  }

  /** The widest variant: the one a link to "the photo" opens. */
  public Variant largest() {
    return variants.get(variants.size() - 1);
  }
}

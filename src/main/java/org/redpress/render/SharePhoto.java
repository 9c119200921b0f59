package org.redpress.render;

import java.util.Optional;
import java.util.Set;
import org.redpress.content.Record;

/**
 * The photo a shared link of a record shows instead of its share card. The seam for record
 * photos: today a raster cover (JPEG or PNG, which every platform shows; an SVG cover is not
 * one); once records have photos, their first photo, as processed for sharing, goes here.
 */
final class SharePhoto {

  /** Formats WeChat, QQ and the Open Graph readers all show. */
  private static final Set<String> RASTER = Set.of("jpg", "jpeg", "png");

  private SharePhoto() {}

  /** The photo's path under {@code media/}, or empty to share the page's card. */
  static Optional<String> of(Record r) {
    return RecordViews.coverFile(r).filter(f -> RASTER.contains(f.substring(f.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT)));
  }
}

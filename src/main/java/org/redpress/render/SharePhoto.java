package org.redpress.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.redpress.content.Photo;
import org.redpress.content.Record;

/**
 * The photo a shared link of a record shows instead of its share card: its cover if that is a
 * raster picture, else its first photo (an SVG cover is not one: WeChat and most readers of Open
 * Graph cannot show it). The page links its largest processed width, never the original.
 */
final class SharePhoto {

  /** Formats WeChat, QQ and the Open Graph readers all show. */
  private static final Set<String> RASTER = Set.of("jpg", "jpeg", "png");

  private SharePhoto() {}

  /** The photo's path under {@code media/}, or empty to share the page's card. */
  static Optional<String> of(Record r) {
    List<Photo> photos = r instanceof Record.Practice p ? p.photos() : r instanceof Record.Material m ? m.photos() : List.of();
    return Stream.concat(RecordViews.coverFile(r).stream(), photos.stream().map(ph -> ph.file().id()))
        .filter(f -> RASTER.contains(f.substring(f.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}

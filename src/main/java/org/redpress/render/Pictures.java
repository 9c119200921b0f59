package org.redpress.render;

import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.redpress.content.MediaPaths;
import org.redpress.media.PhotoLibrary;
import org.redpress.media.ProcessedPhoto;
import org.redpress.media.Variant;

/**
 * The {@link RecordView.Image} of a media file: a photo gets its variants' hrefs in {@code srcset}
 * and the pixel size of the widest one; anything else (SVG, GIF) is linked as it is. A photo the
 * library refused is linked as it is too: {@link MediaStep} reports it and the build stops.
 */
final class Pictures {

  /** A record page's photos: the whole column on phones, the wide column (60rem) on desktops. */
  static final String PAGE_SIZES = "(min-width: 64em) 60rem, 100vw";
  /** A card's thumbnail: 7rem. */
  static final String CARD_SIZES = "7rem";
  /** A gallery tile: half the column on phones, a third on desktops. */
  static final String GALLERY_SIZES = "(min-width: 64em) 20rem, 50vw";

  private final PhotoLibrary library;
  private final SortedSet<String> media;
  private final Links links;

  Pictures(PhotoLibrary library, SortedSet<String> media, Links links) {
    this.library = library;
    this.media = media;
    this.links = links;
  }

  /** The image of {@code mediaPath} with its words; {@code alt} empty for a decorative image. */
  RecordView.Image image(String mediaPath, String alt, String caption, String credit, String sizes) {
    Optional<ProcessedPhoto> photo = photo(mediaPath);
    if (photo.isEmpty()) {
      return new RecordView.Image(links.href(MediaPaths.inContent(mediaPath)), alt, null, null, null, null, blank(caption),
          blank(credit));
    }
    ProcessedPhoto p = photo.get();
    Variant top = p.largest();
    String srcset = p.variants().stream()
        .map(v -> links.href(MediaPaths.inContent(v.pathFor(mediaPath))) + " " + v.width() + "w")
        .collect(Collectors.joining(", "));
    return new RecordView.Image(links.href(MediaPaths.inContent(top.pathFor(mediaPath))), alt, srcset, sizes, top.width(),
        top.height(), blank(caption), blank(credit));
  }

  /** The site path of the file a link to {@code mediaPath} should open: the widest variant of a photo. */
  String sitePath(String mediaPath) {
    return MediaPaths.inContent(photo(mediaPath).map(p -> p.largest().pathFor(mediaPath)).orElse(mediaPath));
  }

  /**
   * The media path an image source in the body of a record of {@code folder} names: a photo beside
   * the record ({@code a.jpg}, relative to the record's file), or a file under content/media/
   * ({@code /media/a.jpg}, {@code media/a.jpg}, {@code ../media/a.jpg} or {@code a.jpg}).
   */
  Optional<String> mediaPath(String src, String folder) {
    boolean rooted = src.startsWith("/");
    String path = src.startsWith(links.basePath()) ? src.substring(links.basePath().length()) : src;
    path = path.startsWith("/") ? path.substring(1) : path;
    String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    if (rooted && !decoded.startsWith("media/")) {
      return Optional.empty();
    }
    String key = MediaPaths.resolve(folder, decoded, media);
    return media.contains(key) ? Optional.of(key) : Optional.empty();
  }

  private Optional<ProcessedPhoto> photo(String mediaPath) {
    if (!PhotoLibrary.isPhoto(mediaPath) || !media.contains(mediaPath)) {
      return Optional.empty();
    }
    return library.photo(mediaPath) instanceof PhotoLibrary.Ok ok ? Optional.of(ok.photo()) : Optional.empty();
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

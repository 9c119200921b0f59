package org.redpress.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/** Human sizes of files under {@code content/media/}, so residents on a slow network know. */
final class MediaSizes {

  private final Path mediaDir;

  MediaSizes(Path contentDir) {
    this.mediaDir = contentDir.resolve("media").toAbsolutePath().normalize();
  }

  /** "812 字节", "2 KB", "1.4 MB"; null when the size cannot be read. */
  String describe(String mediaPath) {
    Path file = mediaDir.resolve(mediaPath).normalize();
    if (!file.startsWith(mediaDir)) {
      return null;
    }
    try {
      return human(Files.size(file.toRealPath(LinkOption.NOFOLLOW_LINKS)));
    } catch (IOException e) {
      return null;
    }
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " 字节";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}

package org.redpress.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Sizes of files under {@code content/media/}, shown so residents on a slow network know. */
final class MediaSizes {

  private final Path mediaDir;

  MediaSizes(Path contentDir) {
    this.mediaDir = contentDir.resolve("media").toAbsolutePath().normalize();
  }

  /** The size in bytes; null when it cannot be read (or the path leads outside media/). */
  Long bytes(String mediaPath) {
    Path file = mediaDir.resolve(mediaPath).normalize();
    if (!file.startsWith(mediaDir)) {
      return null;
    }
    try {
      return Files.size(file.toRealPath(LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return null;
    }
  }
}

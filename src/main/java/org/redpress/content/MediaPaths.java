package org.redpress.content;

/** Rules for paths into {@code content/media/} (links in front matter follow {@link org.redpress.markdown.UrlPolicy}). */
final class MediaPaths {

  private MediaPaths() {}

  /** A relative path with no {@code ..}, no absolute or drive prefix, no backslash, no control character. */
  static boolean isSafe(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
        || path.contains("%") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    for (String part : normalise(path).split("/")) {
      if (part.isEmpty() || part.equals("..") || part.equals(".")) {
        return false;
      }
    }
    return true;
  }

  /** Drops a leading {@code media/} that editors often write. */
  static String normalise(String path) {
    return path.startsWith("media/") ? path.substring("media/".length()) : path;
  }
}

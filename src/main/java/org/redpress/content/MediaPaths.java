package org.redpress.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Rules for paths into {@code content/media/} and for links written in front matter. */
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

  /** http(s) URLs and site-relative paths only: never javascript:, data: or another scheme. */
  static boolean isAllowedUrl(String url) {
    if (url.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || url.startsWith("//")) {
      return false;
    }
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null) {
        return !url.contains(":") || url.indexOf(':') > url.indexOf('/') && url.indexOf('/') >= 0;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

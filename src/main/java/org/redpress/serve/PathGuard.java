package org.redpress.serve;

import java.util.Optional;
import org.eclipse.jetty.http.HttpURI;

/**
 * Refuses request paths that try to leave the site or to hide what they name: dot segments,
 * encoded dots, slashes, backslashes, percent signs and control characters, backslashes, empty
 * segments, path parameters, overlong or broken UTF-8, and anything Jetty's URI parser already
 * flagged. What passes is then only ever looked up in the in-memory map of the build, so even a
 * path that slipped through could name nothing outside {@code site/}.
 */
final class PathGuard {

  private PathGuard() {}

  /** The decoded path of a request, or empty when it must be refused with 400. */
  static Optional<String> check(HttpURI uri) {
    if (uri.hasViolations()) {
      return Optional.empty();
    }
    String raw = uri.getPath();
    if (raw == null || !raw.startsWith("/") || !rawIsClean(raw)) {
      return Optional.empty();
    }
    String decoded = uri.getCanonicalPath();
    if (decoded == null || !decoded.startsWith("/") || !decodedIsClean(decoded)) {
      return Optional.empty();
    }
    return Optional.of(decoded);
  }

  static boolean rawIsClean(String raw) {
    if (raw.contains("//") || raw.contains("\\") || raw.contains(";")) {
      return false;
    }
    for (String segment : raw.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
      if (c == '%') {
        int value = i + 2 < raw.length() ? hexByte(raw.charAt(i + 1), raw.charAt(i + 2)) : -1;
        if (!allowedEscape(value)) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  /**
   * Percent escapes are for non-ASCII file names (UTF-8 bytes) and spaces. An escaped ASCII
   * character other than a space only ever serves to smuggle a {@code .}, {@code /}, {@code \},
   * {@code %} or NUL past a check; C0, C1 and F5–FF never occur in valid UTF-8 (C0 AE is the
   * overlong {@code .}).
   */
  private static boolean allowedEscape(int value) {
    return value == 0x20 || (value >= 0x80 && value != 0xc0 && value != 0xc1 && value < 0xf5);
  }

  private static boolean decodedIsClean(String decoded) {
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == '\ufffd' || (c >= 0x80 && c <= 0x9f)) {
        return false;
      }
    }
    return !decoded.contains("//") && rawIsSegmentClean(decoded);
  }

  private static boolean rawIsSegmentClean(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static int hexByte(char hi, char lo) {
    int h = Character.digit(hi, 16);
    int l = Character.digit(lo, 16);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
  }
}

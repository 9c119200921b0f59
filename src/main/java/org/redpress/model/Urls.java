package org.redpress.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.redpress.content.RecordType;
import org.redpress.content.TagSlugs;

/**
 * Where everything lives, as site-relative paths without a leading slash and with a trailing
 * one ({@code practices/x/}); the home page is "". Templates prefix the base path.
 */
public final class Urls {

  private Urls() {}

  public static String record(RecordType type, String id) {
    return type == RecordType.PAGE ? id + "/" : type.folder() + "/" + id + "/";
  }

  public static String list(RecordType type) {
    return type.folder() + "/";
  }

  /** The full list of the records of {@code type} that point at the record at {@code recordPath}. */
  public static String backlinks(String recordPath, RecordType type) {
    return recordPath + list(type);
  }

  /** Page {@code n} (1-based) of a paginated list at {@code first}. */
  public static String page(String first, int n) {
    return n == 1 ? first : first + "page/" + n + "/";
  }

  public static String taxonomy(String taxonomy) {
    return taxonomy + "/";
  }

  public static String term(String taxonomy, String slug) {
    return taxonomy + "/" + slug + "/";
  }

  public static String series(String key) {
    return "series/" + key + "/";
  }

  /** A path segment for a free-text term such as a Chinese tag ({@link TagSlugs#slug}). */
  public static String slug(String text) {
    return TagSlugs.slug(text);
  }


  /** The form of a site-relative path used inside an href: each segment percent-encoded. */
  public static String encode(String path) {
    if (needsNoEscape(path)) {
      return path; // most paths: ASCII ids, and URLEncoder would give them back unchanged
    }
    return java.util.Arrays.stream(path.split("/", -1))
        .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(java.util.stream.Collectors.joining("/"));
  }

  /** Whether every character is one {@link URLEncoder} keeps as it is, or a slash. */
  private static boolean needsNoEscape(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '-' || c == '*' || c == '_' || c == '/';
      if (!kept) {
        return false;
      }
    }
    return true;
  }
}

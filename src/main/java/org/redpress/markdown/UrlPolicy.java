package org.redpress.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The URL allow-list for content: http, https, mailto, tel, relative paths and fragments; every
 * other scheme (javascript:, vbscript:, data:, file:, ...) is refused.
 *
 * <p>The check runs on the URL as a browser would read it, and a little stricter: HTML entities
 * are decoded until nothing changes (flexmark's own {@code SUPPRESSED_LINKS} check runs before
 * decoding, flexmark#672), and whitespace, control and invisible format characters are dropped
 * everywhere, because browsers ignore tabs and newlines inside a scheme ({@code java\tscript:}).
 * Stateless and thread-safe.
 */
public final class UrlPolicy {

  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

  /** Enough for any sane double encoding; a URL still changing after that is refused. */
  private static final int MAX_DECODE_ROUNDS = 4;

  /** True when {@code url} may be used as a link target or image source. */
  public boolean isAllowed(String url) {
    if (url == null) {
      return false;
    }
    String normalized = normalize(url);
    if (normalized == null || normalized.isEmpty()) {
      return false;
    }
    String scheme = scheme(normalized);
    return scheme.isEmpty() || ALLOWED_SCHEMES.contains(scheme);
  }

  /** True for allowed http(s) and protocol-relative URLs, the links that leave the site. */
  public boolean isExternal(String url) {
    if (!isAllowed(url)) {
      return false;
    }
    String normalized = normalize(url);
    String scheme = scheme(normalized);
    // Browsers read "\\host" and "/\host" like "//host" for http(s) pages.
    boolean protocolRelative =
        normalized.length() > 1 && isSlash(normalized.charAt(0)) && isSlash(normalized.charAt(1));
    return scheme.equals("http") || scheme.equals("https") || protocolRelative;
  }

  /**
   * The stricter rule for a link written in a front-matter field: an http(s) URL with a host, or
   * a path within the site; never {@code //host}, a control character or another scheme. The
   * JSON Schemas' {@code URL} pattern says the same for editors' tools.
   */
  public boolean isFieldUrl(String url) {
    if (url == null || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || url.startsWith("//")) {
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

  /**
   * A short English name for why {@code url} is refused, for warnings: {@code "javascript:"},
   * {@code "empty"} or {@code "unreadable"}; empty when the URL is allowed.
   */
  static String refusalReason(String url) {
    String normalized = url == null ? "" : normalize(url);
    if (normalized == null) {
      return "unreadable";
    }
    if (normalized.isEmpty()) {
      return "empty";
    }
    String scheme = scheme(normalized);
    if (scheme.isEmpty() || ALLOWED_SCHEMES.contains(scheme)) {
      return "";
    }
    return scheme + ":";
  }

  /** Entity-decoded and stripped of invisible characters; null if decoding never settles. */
  private static String normalize(String url) {
    String current = url;
    for (int round = 0; round < MAX_DECODE_ROUNDS; round++) {
      String decoded = Parser.unescapeEntities(current, false);
      if (decoded.equals(current)) {
        return stripInvisible(decoded);
      }
      current = decoded;
    }
    return null;
  }

  private static String stripInvisible(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(cp -> !isInvisible(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isInvisible(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.isISOControl(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  /**
   * The lower-cased text before the first ':' when no '/', '?', '#' or '\' comes first; empty for
   * relative URLs. Stricter than the URL standard, which ignores a "scheme" with odd characters.
   */
  private static String scheme(String normalized) {
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == ':') {
        return normalized.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return "";
      }
    }
    return "";
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }
}

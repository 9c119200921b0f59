package org.redpress.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * Reads the start tags of a page and reports their attributes, without building a document:
 * the link check runs over every page of the site, and a full parse of each was most of its
 * time. It follows HTML's tokenising rules for what the generator writes — comments, doctype,
 * end tags, raw-text elements ({@code script}, {@code style}, {@code textarea}, {@code title}),
 * quoted and unquoted attribute values with character references.
 */
final class HtmlAttributeScanner {

  private static final byte[][] RAW_TEXT = {ascii("script"), ascii("style"), ascii("textarea"), ascii("title")};
  private static final byte[] COMMENT = ascii("<!--");
  private static final byte[] COMMENT_END = ascii("-->");
  private static final byte[] END_TAG = ascii("</");

  /** Receives one attribute of one start tag; names are lower-case, values decoded. */
  interface Visitor {
    void attribute(String tag, String name, String value);
  }

  private HtmlAttributeScanner() {}

  /**
   * Reports the attributes named in {@code names} (lower-case ASCII) of every start tag of the
   * UTF-8 page {@code html}. The page is read as bytes (the markup is ASCII) and only those values
   * are decoded: a page has many more characters and attributes than links and ids.
   */
  static void scan(byte[] html, List<String> names, Visitor visitor) {
    byte[][] wanted = names.stream().map(n -> n.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    int i = 0;
    int n = html.length;
    while (i < n) {
      int lt = indexOf(html, '<', i);
      if (lt < 0 || lt + 1 >= n) {
        return;
      }
      byte c = html[lt + 1];
      if (startsWith(html, lt, COMMENT)) {
        int end = indexOf(html, COMMENT_END, lt + 4);
        i = end < 0 ? n : end + 3;
      } else if (c == '!' || c == '?' || c == '/') {
        int end = indexOf(html, '>', lt);
        i = end < 0 ? n : end + 1;
      } else if (isLetter(c)) {
        i = startTag(html, lt + 1, names, wanted, visitor);
      } else {
        i = lt + 1;
      }
    }
  }

  /** Reads a start tag whose name begins at {@code at}; returns where scanning goes on. */
  private static int startTag(byte[] html, int at, List<String> names, byte[][] wanted, Visitor visitor) {
    int n = html.length;
    int i = at;
    while (i < n && !isSpace(html[i]) && html[i] != '>' && html[i] != '/') {
      i++;
    }
    int tagEnd = i;
    String tag = null;
    while (i < n) {
      byte c = html[i];
      if (c == '>') {
        i++;
        break;
      }
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      int nameStart = i;
      while (i < n && !isSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') {
        i++;
      }
      int name = named(html, nameStart, i, wanted);
      while (i < n && isSpace(html[i])) {
        i++;
      }
      int valueStart = i;
      int valueEnd = i;
      if (i < n && html[i] == '=') {
        i++;
        while (i < n && isSpace(html[i])) {
          i++;
        }
        if (i < n && (html[i] == '"' || html[i] == '\'')) {
          int close = indexOf(html, html[i], i + 1);
          close = close < 0 ? n : close;
          valueStart = i + 1;
          valueEnd = close;
          i = Math.min(n, close + 1);
        } else {
          valueStart = i;
          while (i < n && !isSpace(html[i]) && html[i] != '>') {
            i++;
          }
          valueEnd = i;
        }
      }
      if (name >= 0) {
        tag = tag == null ? new String(html, at, tagEnd - at, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT) : tag;
        String value = new String(html, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
        visitor.attribute(tag, names.get(name), value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true));
      }
    }
    return skipRawText(html, at, tagEnd, i);
  }

  /** Which of {@code wanted} {@code html[from, to)} spells in any case, or -1. */
  private static int named(byte[] html, int from, int to, byte[][] wanted) {
    for (int k = 0; k < wanted.length; k++) {
      if (wanted[k].length == to - from && equalsIgnoreCase(html, from, wanted[k])) {
        return k;
      }
    }
    return -1;
  }

  /** After {@code <script>} and the like, the content is text up to the matching end tag. */
  private static int skipRawText(byte[] html, int tagStart, int tagEnd, int from) {
    for (byte[] raw : RAW_TEXT) {
      if (raw.length == tagEnd - tagStart && equalsIgnoreCase(html, tagStart, raw)) {
        for (int end = indexOf(html, END_TAG, from); end >= 0; end = indexOf(html, END_TAG, end + 2)) {
          if (end + 2 + raw.length <= html.length && equalsIgnoreCase(html, end + 2, raw)) {
            return end;
          }
        }
        return html.length;
      }
    }
    return from;
  }

  /** Whether {@code html} holds the lower-case ASCII {@code word} at {@code at}, in any case. */
  private static boolean equalsIgnoreCase(byte[] html, int at, byte[] word) {
    for (int k = 0; k < word.length; k++) {
      byte b = html[at + k];
      if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] html, int at, byte[] prefix) {
    if (at + prefix.length > html.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (html[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] html, int b, int from) {
    for (int k = from; k < html.length; k++) {
      if (html[k] == b) {
        return k;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] html, byte[] word, int from) {
    for (int k = indexOf(html, word[0], from); k >= 0; k = indexOf(html, word[0], k + 1)) {
      if (startsWith(html, k, word)) {
        return k;
      }
    }
    return -1;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean isLetter(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }
}

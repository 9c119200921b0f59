package org.redpress.render;

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

  /** Receives one attribute of one start tag; names are lower-case, values decoded. */
  interface Visitor {
    void attribute(String tag, String name, String value);
  }

  private HtmlAttributeScanner() {}

  static void scan(String html, Visitor visitor) {
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return;
      }
      char c = html.charAt(lt + 1);
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
      } else if (c == '!' || c == '?' || c == '/') {
        int end = html.indexOf('>', lt);
        i = end < 0 ? n : end + 1;
      } else if (isLetter(c)) {
        i = startTag(html, lt + 1, visitor);
      } else {
        i = lt + 1;
      }
    }
  }

  /** Reads a start tag whose name begins at {@code at}; returns where scanning goes on. */
  private static int startTag(String html, int at, Visitor visitor) {
    int n = html.length();
    int i = at;
    while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
      i++;
    }
    String tag = html.substring(at, i).toLowerCase(Locale.ROOT);
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') {
        i++;
        break;
      }
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      int nameStart = i;
      while (i < n && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
        i++;
      }
      String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
      while (i < n && isSpace(html.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && html.charAt(i) == '=') {
        i++;
        while (i < n && isSpace(html.charAt(i))) {
          i++;
        }
        if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
          int close = html.indexOf(html.charAt(i), i + 1);
          close = close < 0 ? n : close;
          value = html.substring(i + 1, close);
          i = Math.min(n, close + 1);
        } else {
          int start = i;
          while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
          }
          value = html.substring(start, i);
        }
      }
      visitor.attribute(tag, name, value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true));
    }
    return skipRawText(html, tag, i);
  }

  /** After {@code <script>} and the like, the content is text up to the matching end tag. */
  private static int skipRawText(String html, String tag, int from) {
    if (!tag.equals("script") && !tag.equals("style") && !tag.equals("textarea") && !tag.equals("title")) {
      return from;
    }
    for (int end = html.indexOf("</", from); end >= 0; end = html.indexOf("</", end + 2)) {
      if (html.regionMatches(true, end + 2, tag, 0, tag.length())) {
        return end;
      }
    }
    return html.length();
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }
}

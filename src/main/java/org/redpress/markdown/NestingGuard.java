package org.redpress.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;

/**
 * Refuses Markdown that would make flexmark recurse or backtrack too deeply.
 *
 * <p>flexmark 0.64.8 recurses once per nesting level while parsing (its node classifier) and
 * rendering, and its thematic-break regex recurses once per character: with a 512 KiB stack, 500
 * nested {@code >}, 200 nested lists or a line of 1,000 {@code *} throw StackOverflowError, and
 * 10,000 nested lists or images take seconds first. Real content nests a few levels, so the
 * limits below are far from it. Checks are single passes without recursion.
 */
final class NestingGuard {

  /** Container levels ('>', list markers, indentation / 2) allowed on one line. */
  static final int MAX_LINE_DEPTH = 32;

  /** Length allowed for a run of '-', '*', '_' and blanks at the start of a line's content. */
  static final int MAX_RULE_RUN = 256;

  /** Brackets nested inside each other (links in link texts, images in images). */
  static final int MAX_BRACKET_DEPTH = 32;

  /** Depth of the parsed tree handed to the renderer. */
  static final int MAX_TREE_DEPTH = 64;

  private NestingGuard() {}

  /** Why {@code markdown} is refused before parsing, or empty when it may be parsed. */
  static Optional<String> checkSource(String markdown) {
    int bracketDepth = 0;
    boolean inFence = false;
    char fenceChar = 0;
    int fenceLength = 0;
    int lineStart = 0;
    int length = markdown.length();
    while (lineStart <= length) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      String line = markdown.substring(lineStart, lineEnd);
      lineStart = lineEnd + 1;

      // Top-level fenced code may be deeply indented legitimately; skip its lines.
      int fence = fenceLength(line);
      if (inFence) {
        if (fence >= fenceLength && line.trim().charAt(0) == fenceChar && isFenceClose(line)) {
          inFence = false;
        }
        continue;
      }
      if (fence > 0) {
        inFence = true;
        fenceChar = line.trim().charAt(0);
        fenceLength = fence;
        continue;
      }

      if (line.isBlank()) {
        bracketDepth = 0; // links cannot span paragraphs
        continue;
      }
      int contentStart = containerPrefixEnd(line);
      if (containerDepth(line, contentStart) > MAX_LINE_DEPTH) {
        return Optional.of("Markdown nested more than " + MAX_LINE_DEPTH + " levels deep");
      }
      if (ruleRun(line, contentStart) > MAX_RULE_RUN) {
        return Optional.of("line of more than " + MAX_RULE_RUN + " '-', '*' or '_' characters");
      }
      bracketDepth = scanBrackets(line, bracketDepth);
      if (bracketDepth < 0) {
        return Optional.of("brackets nested more than " + MAX_BRACKET_DEPTH + " levels deep");
      }
    }
    return Optional.empty();
  }

  /** Why the parsed {@code document} is refused before rendering, or empty. */
  static Optional<String> checkTree(Node document) {
    // Walks first-child / next / parent links instead of recursing.
    int depth = 0;
    Node node = document;
    while (node != null) {
      if (depth > MAX_TREE_DEPTH) {
        return Optional.of("Markdown nested more than " + MAX_TREE_DEPTH + " levels deep");
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node != document && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == null || node == document ? null : node.getNext();
    }
    return Optional.empty();
  }

  /** Index after leading blanks, '>' and list markers, the block starts flexmark re-tries. */
  private static int containerPrefixEnd(String line) {
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '>') {
        i++;
      } else if ((c == '-' || c == '*' || c == '+') && isBlankAt(line, i + 1)) {
        i++;
      } else {
        int digits = 0;
        while (i + digits < line.length() && isDigit(line.charAt(i + digits)) && digits < 10) {
          digits++;
        }
        int marker = i + digits;
        if (digits > 0 && digits <= 9 && marker < line.length()
            && (line.charAt(marker) == '.' || line.charAt(marker) == ')')
            && isBlankAt(line, marker + 1)) {
          i = marker + 1;
        } else {
          break;
        }
      }
    }
    return i;
  }

  /** Markers plus half the blank columns: a list level needs at least two columns. */
  private static int containerDepth(String line, int end) {
    int markers = 0;
    int columns = 0;
    for (int i = 0; i < end; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += 4;
      } else if (c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')') {
        markers++;
      }
    }
    return markers + columns / 2;
  }

  private static int ruleRun(String line, int start) {
    int i = start;
    while (i < line.length() && "-*_ \t".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return i - start;
  }

  /**
   * Carries the open-bracket count through one line; returns -1 when a ']' closes more than
   * {@link #MAX_BRACKET_DEPTH} nested brackets. Unclosed '[' alone is harmless and not counted.
   */
  private static int scanBrackets(String line, int depth) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        if (depth > MAX_BRACKET_DEPTH) {
          return -1;
        }
        depth--;
      }
    }
    return depth;
  }

  /** Length of a ``` or ~~~ fence opening the line (at most 3 blanks before), else 0. */
  private static int fenceLength(String line) {
    int i = 0;
    while (i < line.length() && i < 4 && line.charAt(i) == ' ') {
      i++;
    }
    if (i > 3 || i >= line.length()) {
      return 0;
    }
    char c = line.charAt(i);
    if (c != '`' && c != '~') {
      return 0;
    }
    int j = i;
    while (j < line.length() && line.charAt(j) == c) {
      j++;
    }
    return j - i >= 3 ? j - i : 0;
  }

  private static boolean isFenceClose(String line) {
    String trimmed = line.strip();
    char c = trimmed.charAt(0);
    for (int i = 0; i < trimmed.length(); i++) {
      if (trimmed.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlankAt(String line, int i) {
    return i >= line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

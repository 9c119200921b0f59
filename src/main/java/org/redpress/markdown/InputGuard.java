package org.redpress.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;

/**
 * Refuses Markdown shaped to make flexmark 0.64.8 recurse too deeply or work in quadratic time.
 *
 * <p>Measured with a 512 KiB stack: 500 nested {@code >}, 200 nested lists or a line of 1,000
 * {@code *} throw StackOverflowError (nesting recurses per level, the thematic-break regex per
 * character). Quadratic: every line of a paragraph that does not start with a letter rebuilds the
 * paragraph so far (8,000 such lines: 3 s), and every unclosed {@code [a](} scans the rest of the
 * paragraph (2,500 of them in 10 KB: 1.5 s). Real content is far below every limit here. The
 * checks are single passes without recursion.
 */
final class InputGuard {

  /** Container markers ('>' and list markers) allowed at the start of one line. */
  static final int MAX_LINE_DEPTH = 32;

  /** Blank columns allowed before a line's content (lists nest by indentation too). */
  static final int MAX_INDENT_COLUMNS = 256;

  /** Length allowed for a run of '-', '*', '_' and blanks at the start of a line's content. */
  static final int MAX_RULE_RUN = 256;

  /** Brackets nested inside each other (links in link texts, images in images). */
  static final int MAX_BRACKET_DEPTH = 32;

  /** Consecutive non-blank lines in one block (a paragraph, a table) outside fenced code. */
  static final int MAX_BLOCK_LINES = 2_000;

  /** Unclosed "](" in a block times the block's length: the characters flexmark rescans. */
  static final long MAX_LINK_RESCAN = 2_000_000;

  /** Depth of the parsed tree handed to the renderer. */
  static final int MAX_TREE_DEPTH = 64;

  private InputGuard() {}

  /** Why {@code markdown} is refused before parsing, or empty when it may be parsed. */
  static Optional<String> checkSource(String markdown) {
    Block block = new Block();
    Fence fence = new Fence();
    int lineStart = 0;
    while (lineStart <= markdown.length()) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = markdown.length();
      }
      String line = markdown.substring(lineStart, lineEnd);
      lineStart = lineEnd + 1;

      // Top-level fenced code may be long and deeply indented legitimately; skip its lines.
      if (fence.skips(line)) {
        block = new Block();
        continue;
      }
      if (line.isBlank()) {
        block = new Block(); // links and paragraphs end at a blank line
        continue;
      }
      Optional<String> refusal = checkLine(line);
      if (refusal.isEmpty()) {
        refusal = block.add(line);
      }
      if (refusal.isPresent()) {
        return refusal;
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

  private static Optional<String> checkLine(String line) {
    int contentStart = containerPrefixEnd(line);
    int markers = 0;
    int columns = 0;
    for (int i = 0; i < contentStart; i++) {
      char c = line.charAt(i);
      // An ordered marker "12." counts once, by its '.' or ')'.
      markers += "->*+.)".indexOf(c) >= 0 ? 1 : 0;
      columns += c == '\t' ? 4 : c == ' ' ? 1 : 0;
    }
    if (markers > MAX_LINE_DEPTH) {
      return Optional.of("Markdown nested more than " + MAX_LINE_DEPTH + " levels deep");
    }
    if (columns > MAX_INDENT_COLUMNS) {
      return Optional.of("line indented more than " + MAX_INDENT_COLUMNS + " columns");
    }
    int run = contentStart;
    while (run < line.length() && "-*_ \t".indexOf(line.charAt(run)) >= 0) {
      run++;
    }
    if (run - contentStart > MAX_RULE_RUN) {
      return Optional.of("line of more than " + MAX_RULE_RUN + " '-', '*' or '_' characters");
    }
    return Optional.empty();
  }

  /** Index after leading blanks, '>' and list markers: the block starts flexmark re-tries. */
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
        boolean ordered =
            digits > 0
                && digits <= 9
                && marker < line.length()
                && (line.charAt(marker) == '.' || line.charAt(marker) == ')')
                && isBlankAt(line, marker + 1);
        if (!ordered) {
          break;
        }
        i = marker + 1;
      }
    }
    return i;
  }

  private static boolean isBlankAt(String line, int i) {
    return i >= line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Running totals for the current run of non-blank lines. */
  private static final class Block {
    private int lines;
    private long chars;
    private long unclosedLinks;
    private int bracketDepth;

    Optional<String> add(String line) {
      lines++;
      chars += line.length() + 1;
      if (lines > MAX_BLOCK_LINES) {
        return Optional.of("paragraph or table longer than " + MAX_BLOCK_LINES + " lines");
      }
      // A real link closes its "(" on the same line; the excess are openers that rescan.
      unclosedLinks += Math.max(0, count(line, "](") - count(line, ")"));
      if (unclosedLinks * chars > MAX_LINK_RESCAN) {
        return Optional.of("too many unclosed links \"[...](\" in one paragraph");
      }
      return scanBrackets(line);
    }

    /**
     * Carries the open-bracket count through the block; refuses when a ']' closes more than
     * {@link #MAX_BRACKET_DEPTH} nested brackets. Unclosed '[' alone are harmless.
     */
    private Optional<String> scanBrackets(String line) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          bracketDepth++;
        } else if (c == ']' && bracketDepth > 0) {
          if (bracketDepth > MAX_BRACKET_DEPTH) {
            return Optional.of("brackets nested more than " + MAX_BRACKET_DEPTH + " levels deep");
          }
          bracketDepth--;
        }
      }
      return Optional.empty();
    }

    private static int count(String line, String needle) {
      int n = 0;
      for (int i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + needle.length())) {
        n++;
      }
      return n;
    }
  }

  /** Tracks top-level ``` and ~~~ fences, which end only at a matching fence or the end. */
  private static final class Fence {
    private char marker;
    private int length;

    /** True when {@code line} opens, is inside, or closes a fence. */
    boolean skips(String line) {
      int found = fenceLength(line);
      if (length > 0) {
        if (found >= length && line.strip().charAt(0) == marker && isBare(line)) {
          length = 0;
        }
        return true;
      }
      if (found > 0) {
        marker = line.strip().charAt(0);
        length = found;
        return true;
      }
      return false;
    }

    /** Length of a fence opening the line (at most 3 blanks before it), else 0. */
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

    /** A closing fence has nothing but the fence characters. */
    private static boolean isBare(String line) {
      String trimmed = line.strip();
      return trimmed.chars().allMatch(c -> c == trimmed.charAt(0));
    }
  }
}

package org.redpress.yaml;

import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * Catches the mistakes of hand-typed YAML that the parser reports badly: a tab or an
 * ideographic space (U+3000, from Chinese input methods) in the indentation.
 */
final class LinePrecheck {

  private LinePrecheck() {}

  static boolean passes(String text, String file, int lineOffset, Diagnostics diagnostics) {
    boolean ok = true;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      for (int col = 0; col < line.length(); col++) {
        char c = line.charAt(col);
        if (c == ' ' || c == '-') {
          continue;
        }
        if (c == '\t' || c == '\u3000') {
          SourcePosition at = new SourcePosition(file, i + 1 + lineOffset, col + 1);
          diagnostics.error(c == '\t' ? "E-YAML-TAB" : "E-YAML-FULLWIDTH-SPACE", at);
          ok = false;
        }
        break;
      }
    }
    return ok;
  }

  /**
   * Whether the 1-based line of {@code text}, or a line next to it (the parser
   * notices a problem a line early or late), holds a full-width colon or dashes where YAML syntax belongs.
   */
  static boolean hasFullWidthPunctuation(String text, int line) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.max(1, line - 1); i <= Math.min(line + 1, lines.length); i++) {
      String l = lines[i - 1];
      if (!l.contains(": ") && l.contains("：") || l.strip().startsWith("－")) {
        return true;
      }
    }
    return false;
  }
}

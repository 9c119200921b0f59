package org.redpress.content;

import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/** Splits a Markdown file into its YAML front matter and body, with the body's first line. */
record FrontMatter(String yaml, String body, int bodyLine) {

  static Optional<FrontMatter> split(String text, String file, Diagnostics diagnostics) {
    String[] lines = text.split("\n", -1);
    String first = lines[0].stripTrailing();
    if (!first.equals("---")) {
      String code = first.startsWith("－－－") || first.startsWith("——") ? "E-FRONTMATTER-FULLWIDTH" : "E-FRONTMATTER-MISSING";
      diagnostics.error(code, new SourcePosition(file, 1, 1));
      return Optional.empty();
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        StringBuilder yaml = new StringBuilder();
        for (int j = 1; j < i; j++) {
          yaml.append(lines[j]).append('\n');
        }
        int bodyStart = text.indexOf('\n', nthLineStart(text, i)) ;
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        return Optional.of(new FrontMatter(yaml.toString(), body, i + 2));
      }
    }
    diagnostics.error("E-FRONTMATTER-UNCLOSED", new SourcePosition(file, 1, 1));
    return Optional.empty();
  }

  private static int nthLineStart(String text, int n) {
    int at = 0;
    for (int k = 0; k < n; k++) {
      at = text.indexOf('\n', at) + 1;
    }
    return at;
  }
}

package org.redpress.markdown;

import java.util.List;
import java.util.Objects;

/**
 * One rendered Markdown body: the sanitised HTML, its plain text ({@link CjkText#plainText}), its
 * headings in document order, and short English notes of what the sanitiser removed, each once in
 * the order first met ("&lt;script&gt; element", "onerror attribute", "javascript: link"), for
 * the caller's warnings.
 */
public record RenderedMarkdown(SafeHtml html, String text, List<Heading> headings, List<String> removed) {

  public RenderedMarkdown {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    headings = List.copyOf(headings);
    removed = List.copyOf(removed);
  }

  /** A heading of the rendered page: level 1 to 6, its id in the HTML, and its plain text. */
  public record Heading(int level, String id, String text) {}
}

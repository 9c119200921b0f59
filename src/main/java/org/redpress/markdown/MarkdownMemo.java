package org.redpress.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders Markdown once per distinct text for one model: the pages, the feeds and the search
 * index of a build (or of one preview generation) share an instance, which goes with the model,
 * so nothing rendered outlives the build that rendered it. Thread-safe.
 */
public final class MarkdownMemo {

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final Map<String, RenderedMarkdown> rendered = new ConcurrentHashMap<>();
  private final Map<String, String> text = new ConcurrentHashMap<>();

  /** The rendering of {@code markdown}, rendered the first time it is asked for. */
  public RenderedMarkdown render(String markdown) {
    return rendered.computeIfAbsent(markdown, renderer::render);
  }

  /** The plain text of {@code html} ({@link CjkText#plainText}), memoised the same way. */
  public String plainText(SafeHtml html) {
    return text.computeIfAbsent(html.html(), h -> CjkText.plainText(html));
  }
}

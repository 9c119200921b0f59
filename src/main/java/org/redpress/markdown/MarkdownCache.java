package org.redpress.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders Markdown once per distinct text: the pages, the feeds and the search index of a build
 * share one instance, and the preview server keeps it across rebuilds so an edit re-renders only
 * the changed body. Entries unused for a whole build are dropped when the next build starts.
 * Thread-safe.
 */
public final class MarkdownCache {

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private volatile Map<String, RenderedMarkdown> current = new ConcurrentHashMap<>();
  private volatile Map<String, RenderedMarkdown> previous = new ConcurrentHashMap<>();
  private volatile Map<String, String> currentText = new ConcurrentHashMap<>();
  private volatile Map<String, String> previousText = new ConcurrentHashMap<>();

  /** Starts a build: what the last build did not use is forgotten after this one. */
  public synchronized void nextBuild() {
    previous = current;
    current = new ConcurrentHashMap<>();
    previousText = currentText;
    currentText = new ConcurrentHashMap<>();
  }

  /** The rendering of {@code markdown}, from the cache when the same text was rendered before. */
  public RenderedMarkdown render(String markdown) {
    return current.computeIfAbsent(markdown, md -> {
      RenderedMarkdown earlier = previous.get(md);
      return earlier != null ? earlier : renderer.render(md);
    });
  }

  /** The plain text of {@code html} ({@link CjkText#plainText}), memoised the same way. */
  public String plainText(SafeHtml html) {
    return currentText.computeIfAbsent(html.html(), h -> {
      String earlier = previousText.get(h);
      return earlier != null ? earlier : CjkText.plainText(html);
    });
  }
}

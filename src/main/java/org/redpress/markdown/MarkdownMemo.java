package org.redpress.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders Markdown once per distinct text for one model: the pages, the feeds and the search
 * index of a build (or of one preview generation) share an instance, which goes with the model,
 * so nothing rendered outlives the build that rendered it; the preview hands a generation's memo
 * to the next (see {@link #MarkdownMemo(MarkdownMemo)}). Thread-safe.
 */
public final class MarkdownMemo {

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final Map<String, RenderedMarkdown> rendered = new ConcurrentHashMap<>();
  private final Map<String, Integer> minutes = new ConcurrentHashMap<>();
  /** What the previous generation rendered (empty for a build): its own maps, never its own previous. */
  private final Map<String, RenderedMarkdown> earlierRendered;
  private final Map<String, Integer> earlierMinutes;

  /** A memo for a build, or a preview's first generation. */
  public MarkdownMemo() {
    this.earlierRendered = Map.of();
    this.earlierMinutes = Map.of();
  }

  /**
   * A memo for the preview's next generation that takes what {@code earlier} rendered instead of
   * rendering it again: the rendering depends on the text alone, so an unchanged body is the same.
   * Only what this generation asks for is carried on, so an edited body's old text goes with the
   * generation after.
   */
  public MarkdownMemo(MarkdownMemo earlier) {
    this.earlierRendered = earlier.rendered;
    this.earlierMinutes = earlier.minutes;
  }

  /** The rendering of {@code markdown}, rendered the first time it is asked for. */
  public RenderedMarkdown render(String markdown) {
    return rendered.computeIfAbsent(markdown, m -> {
      RenderedMarkdown before = earlierRendered.get(m);
      return before != null ? before : renderer.render(m);
    });
  }

  /**
   * The reading time ({@link CjkText#readingMinutes}) of {@code markdown}'s plain text, memoised
   * the same way: every list of materials shows or filters by it, so each preview generation
   * would otherwise count the characters of every material again.
   */
  public int readingMinutes(String markdown) {
    return minutes.computeIfAbsent(markdown, m -> {
      Integer before = earlierMinutes.get(m);
      return before != null ? before : CjkText.readingMinutes(m.isBlank() ? "" : render(m).text());
    });
  }
}

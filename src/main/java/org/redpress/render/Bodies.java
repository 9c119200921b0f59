package org.redpress.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.content.Record;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.markdown.CjkText;
import org.redpress.markdown.MarkdownCache;
import org.redpress.markdown.RenderedMarkdown;
import org.redpress.markdown.SafeHtml;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;

/**
 * Every record's Markdown body rendered once per build (or reused from the {@link BodyCache}
 * while the record is the same) and shared by pages and feeds: the
 * sanitised HTML with base-path links, its headings, plain text and the summary lists show.
 * Whatever the sanitiser removed becomes a {@code W-HTML-REMOVED} warning at the body's line.
 */
final class Bodies {

  /** Longest summary cut from a body when the editor wrote none. */
  static final int SUMMARY_CHARS = 120;

  /** One rendered body; {@code text} is filled only for materials and records without a summary. */
  record Body(SafeHtml html, List<RenderedMarkdown.Heading> headings, String text, String summary) {}

  private final Map<RecordKey, Body> bodies;

  private Bodies(Map<RecordKey, Body> bodies) {
    this.bodies = bodies;
  }

  static Bodies render(SiteModel model, MarkdownCache renderer, BodyCache cache, Diagnostics diagnostics) {
    String basePath = model.config().basePath();
    // Sized up front: growing a concurrent map while threads fill it costs more than the space.
    Map<RecordKey, Body> out = new ConcurrentHashMap<>(model.records().size() * 2);
    model.records().parallelStream().forEach(r -> {
      BodyCache.Kept kept = cache.get(r, basePath, () -> {
        Diagnostics own = new Diagnostics();
        return new BodyCache.Kept(body(r, renderer, basePath, own), own.sorted());
      });
      // A cheap hit that keeps the Markdown cache's entry alive for the search step.
      renderer.render(r.meta().body());
      diagnostics.addAll(kept.warnings());
      out.put(RecordKey.of(r), kept.body());
    });
    cache.retainOnly(out.keySet());
    return new Bodies(out);
  }

  Body of(RecordKey key) {
    Body body = bodies.get(key);
    if (body == null) {
      throw new IllegalArgumentException("not a published record: " + key);
    }
    return body;
  }

  private static Body body(Record r, MarkdownCache renderer, String basePath, Diagnostics diagnostics) {
    String markdown = r.meta().body();
    String given = givenSummary(r);
    if (markdown.isBlank()) {
      return new Body(SafeHtml.EMPTY, List.of(), "", given);
    }
    RenderedMarkdown rendered = renderer.render(markdown);
    SourcePosition at = new SourcePosition(r.meta().file(), r.meta().bodyLine(), 0);
    rendered.removed().forEach(what -> diagnostics.warning("W-HTML-REMOVED", at, what));
    // Plain text costs a second parse: only materials (reading time) and summary-less records need it.
    boolean needsText = r instanceof Record.Material || given.isEmpty();
    String text = needsText ? renderer.plainText(rendered.html()) : "";
    String summary = given.isEmpty() && !text.isBlank() ? CjkText.summary(text, SUMMARY_CHARS) : given;
    return new Body(BaseLinks.rebase(rendered.html(), basePath), rendered.headings(), text, summary);
  }

  /** The editor's summary, else a venue's or organization's description; empty when neither. */
  private static String givenSummary(Record r) {
    if (!r.meta().summary().isBlank()) {
      return r.meta().summary().strip();
    }
    String description = r instanceof Record.Venue v ? v.description()
        : r instanceof Record.Organization o ? o.description() : null;
    return description == null ? "" : description.strip();
  }
}

package org.redpress.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.content.Record;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.markdown.CjkText;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.markdown.RenderedMarkdown;
import org.redpress.markdown.SafeHtml;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;

/**
 * The records' Markdown bodies, each rendered the first time a page or feed asks for it and then
 * shared by the rest of this model's pages: the sanitised HTML with base-path links, its headings,
 * plain text and the summary lists show. A build renders them all up front ({@link #renderAll}),
 * which reports what the sanitiser removed as {@code W-HTML-REMOVED} warnings at the body's line;
 * the preview renders only the bodies of the pages a browser asks for. Thread-safe.
 */
final class Bodies {

  /** Longest summary cut from a body when the editor wrote none. */
  static final int SUMMARY_CHARS = 120;

  /** One rendered body; {@code text} is filled only for materials and records without a summary. */
  record Body(SafeHtml html, List<RenderedMarkdown.Heading> headings, String text, String summary) {}

  /** A body with the warnings rendering it raised. */
  private record Rendered(Body body, List<Diagnostic> warnings) {}

  private final SiteModel model;
  private final MarkdownMemo renderer;
  private final String basePath;
  private final Pictures pictures;
  private final Map<RecordKey, Rendered> bodies;

  Bodies(SiteModel model, MarkdownMemo renderer, Pictures pictures) {
    this.model = model;
    this.pictures = pictures;
    this.renderer = renderer;
    this.basePath = model.config().basePath();
    // Sized up front: growing a concurrent map while threads fill it costs more than the space.
    this.bodies = new ConcurrentHashMap<>(model.records().size() * 2);
  }

  /** Renders every body (in parallel) and reports their warnings to {@code diagnostics}. */
  void renderAll(Diagnostics diagnostics) {
    model.records().parallelStream().forEach(r -> diagnostics.addAll(rendered(RecordKey.of(r)).warnings()));
  }

  Body of(RecordKey key) {
    return rendered(key).body();
  }

  /** The reading time of {@code r}'s body text, without the rest of its rendering (a list's filters need only this). */
  int readingMinutes(Record r) {
    return renderer.readingMinutes(r.meta().body());
  }

  private Rendered rendered(RecordKey key) {
    Rendered done = bodies.get(key);
    if (done != null) {
      return done;
    }
    Record r = model.get(key).orElseThrow(() -> new IllegalArgumentException("not a published record: " + key));
    // Rendered outside the map's lock: two threads may both render a body, and both get equal ones.
    Diagnostics own = new Diagnostics();
    Rendered made = new Rendered(body(r, renderer, basePath, pictures, own), own.sorted());
    Rendered kept = bodies.putIfAbsent(key, made);
    return kept != null ? kept : made;
  }

  private static Body body(Record r, MarkdownMemo renderer, String basePath, Pictures pictures,
      Diagnostics diagnostics) {
    String markdown = r.meta().body();
    String given = givenSummary(r);
    if (markdown.isBlank()) {
      return new Body(SafeHtml.EMPTY, List.of(), "", given);
    }
    RenderedMarkdown rendered = renderer.render(markdown);
    SourcePosition at = new SourcePosition(r.meta().file(), r.meta().bodyLine(), 0);
    rendered.removed().forEach(what -> diagnostics.warning("W-HTML-REMOVED", at, what));
    // Only materials (reading time) and summary-less records show it.
    boolean needsText = r instanceof Record.Material || given.isEmpty();
    String text = needsText ? rendered.text() : "";
    String summary = given.isEmpty() && !text.isBlank() ? CjkText.summary(text, SUMMARY_CHARS) : given;
    SafeHtml html = BodyPhotos.enhance(rendered.html(), pictures, r.meta(), diagnostics);
    return new Body(BaseLinks.rebase(html, basePath), rendered.headings(), text, summary);
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

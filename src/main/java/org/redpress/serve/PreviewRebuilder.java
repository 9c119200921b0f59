package org.redpress.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redpress.build.OutputDirPolicy;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.build.Progress;
import org.redpress.build.StageTiming;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.render.SiteRenderer;
import org.redpress.search.SearchOutputStep;

/**
 * The preview's rebuild: the model only — load, validate, resolve, model, through the normal
 * pipeline, with the parses of files no save touched or whose bytes did not change handed back
 * ({@link ParsedFiles}) — and a renderer of it with its pages planned. No page is rendered here: the server renders each when a browser
 * asks, and the link check, the search index and {@code site/} follow in the background.
 */
public final class PreviewRebuilder implements Rebuilder {

  private final PipelineOptions options;
  private final ParsedFiles parsed;
  /** The last good generation's Markdown, handed to the next: a save re-renders only what it changed. */
  private volatile MarkdownMemo markdown = new MarkdownMemo();

  public PreviewRebuilder(PipelineOptions options) {
    this.options = options;
    this.parsed = new ParsedFiles(options.projectDir());
  }

  @Override
  public BuildOutcome rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    if (!new OutputDirPolicy(options).isSafe(diagnostics)) {
      return BuildOutcome.failed(diagnostics.sorted(), since(start));
    }
    // The watcher names every change (an overflow names a whole folder): other files are kept unread.
    parsed.nextLoad(changed);
    Pipeline pipeline = new Pipeline(options, Progress.NONE, parsed);
    Optional<SiteModel> model = pipeline.model(diagnostics);
    parsed.loaded();
    if (model.isEmpty() || diagnostics.hasErrors()) {
      return BuildOutcome.failed(diagnostics.sorted(), since(start));
    }
    // One per generation: its pages and its search index render each Markdown body once between
    // them, taking over what the last generation rendered (the materials' filters read every body).
    MarkdownMemo markdown = new MarkdownMemo(this.markdown);
    SiteRenderer renderer = new SiteRenderer(model.get(), options.templatesDir(), options.contentDir(), markdown);
    long planStart = System.nanoTime();
    renderer.prepare(diagnostics);
    List<StageTiming> timings = new ArrayList<>(pipeline.timings());
    timings.add(new StageTiming("plan", since(planStart)));
    if (diagnostics.hasErrors()) {
      return BuildOutcome.failed(diagnostics.sorted(), since(start));
    }
    this.markdown = markdown;
    SiteModel built = model.get();
    return new BuildOutcome(Optional.of(renderer), diagnostics.sorted(), since(start), timings,
        stop -> new SearchOutputStep(markdown).export(built, stop));
  }

  /**
   * Rebuilds and renders the home page, the first record's page and the 404 page, throwing them
   * away: the code a save and the reload after it run is then compiled before the first save.
   */
  @Override
  public void warmUp() {
    try {
      rebuild(Set.of()).site().ifPresent(site -> {
        Diagnostics ignored = new Diagnostics();
        site.file("index.html", ignored);
        site.file("404.html", ignored);
        site.model().records().stream().findFirst()
            .ifPresent(r -> site.file(site.model().path(RecordKey.of(r)) + "index.html", ignored));
      });
    } catch (RuntimeException e) {
      // Only a warm-up: the next real rebuild reports whatever went wrong.
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}

package org.redpress.serve;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.redpress.build.StageTiming;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.render.SiteRenderer;
import org.redpress.search.SearchOutputStep;

/**
 * What one rebuild produced: when it succeeded, the renderer of its model (which renders each
 * page when asked); its diagnostics, its time (and each stage's), and how to build its search
 * index after the reload (giving up, empty, when the given condition turns true).
 */
public record BuildOutcome(Optional<SiteRenderer> site, List<Diagnostic> diagnostics, Duration took,
    List<StageTiming> timings, DeferredSearch search) {

  public BuildOutcome {
    diagnostics = List.copyOf(diagnostics);
    timings = List.copyOf(timings);
  }

  /** A good rebuild of {@code site} whose search index renders Markdown of its own. */
  public static BuildOutcome of(SiteRenderer site, List<Diagnostic> diagnostics, Duration took) {
    return new BuildOutcome(Optional.of(site), diagnostics, took, List.of(),
        stop -> new SearchOutputStep(new MarkdownMemo()).export(site.model(), stop));
  }

  /** A failed build: nothing to publish, only its diagnostics. */
  public static BuildOutcome failed(List<Diagnostic> diagnostics, Duration took) {
    return new BuildOutcome(Optional.empty(), diagnostics, took, List.of(), stop -> Optional.empty());
  }

  /** Whether the build may be published: a site, and no error among the diagnostics. */
  public boolean ok() {
    return site.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }
}

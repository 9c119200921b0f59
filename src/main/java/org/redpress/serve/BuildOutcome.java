package org.redpress.serve;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.redpress.build.StageTiming;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.search.SearchOutputStep;

/**
 * What one rebuild produced: the output files and model when it succeeded, diagnostics, its
 * time (and each stage's), and how to build its search index (left for after the pages are served; it gives up,
 * empty, when the given condition turns true).
 */
public record BuildOutcome(List<OutputFile> files, Optional<SiteModel> model, List<Diagnostic> diagnostics,
    Duration took, List<StageTiming> timings, DeferredSearch search) {

  public BuildOutcome {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
    timings = List.copyOf(timings);
  }

  /** An outcome whose search index is built from the model with a Markdown cache of its own. */
  public BuildOutcome(List<OutputFile> files, Optional<SiteModel> model, List<Diagnostic> diagnostics,
      Duration took) {
    this(files, model, diagnostics, took, List.of(), stop -> new SearchOutputStep().export(model.orElseThrow(), stop));
  }

  /** A failed build: nothing to publish, only its diagnostics. */
  public static BuildOutcome failed(List<Diagnostic> diagnostics, Duration took) {
    return new BuildOutcome(List.of(), Optional.empty(), diagnostics, took, List.of(), stop -> Optional.empty());
  }

  /** Whether the build may be published: a model, and no error among the diagnostics. */
  public boolean ok() {
    return model.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }
}

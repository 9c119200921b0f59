package org.redpress.serve;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.model.OutputFile;
import org.redpress.model.SiteModel;

/** What one rebuild produced: the output files and model when it succeeded, diagnostics, and its time. */
public record BuildOutcome(List<OutputFile> files, Optional<SiteModel> model, List<Diagnostic> diagnostics,
    Duration took) {

  public BuildOutcome {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A failed build: nothing to publish, only its diagnostics. */
  public static BuildOutcome failed(List<Diagnostic> diagnostics, Duration took) {
    return new BuildOutcome(List.of(), Optional.empty(), diagnostics, took);
  }

  /** Whether the build may be published: a model, and no error among the diagnostics. */
  public boolean ok() {
    return model.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }
}

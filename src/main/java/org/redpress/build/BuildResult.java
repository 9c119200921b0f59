package org.redpress.build;

import java.util.List;
import java.util.Optional;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;

/** What a run produced: the model and files (when it got that far), timings and the write report. */
public record BuildResult(
    Optional<SiteModel> model,
    List<OutputFile> files,
    List<StageTiming> timings,
    Optional<WriteReport> written) {

  public BuildResult {
    files = List.copyOf(files);
    timings = List.copyOf(timings);
  }

  public int recordCount() {
    return model.map(m -> m.records().size()).orElse(0);
  }

  public long pageCount() {
    return files.stream().filter(f -> f.path().endsWith(".html")).count();
  }

  public long totalMillis() {
    // Sub-stage timings ("render:pages") are already inside their stage's time.
    return timings.stream().filter(t -> !t.stage().contains(":")).mapToLong(t -> t.took().toMillis()).sum();
  }
}

package org.redpress.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * Runs the output steps in order and refuses two steps (or pages) writing the same path: the
 * build's render stage, and the preview's whole-site render after a reload.
 */
public final class OutputAssembler {

  private final List<OutputStep> steps;

  public OutputAssembler(List<OutputStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Runs every step; each step's time goes to {@code timings} as {@code render:<step>}. */
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics, List<StageTiming> timings) {
    return produce(model, diagnostics, timings, false);
  }

  /**
   * The same, with each step's {@linkplain OutputStep#produceDeferred deferred} files when {@code
   * deferred}: for a build that makes each file once, as it writes it.
   */
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics, List<StageTiming> timings,
      boolean deferred) {
    // Each step hands its files over sorted, so the final sort only merges a few runs.
    Map<String, String> producer = new HashMap<>();
    List<OutputFile> files = new ArrayList<>();
    for (OutputStep step : steps) {
      long start = System.nanoTime();
      List<OutputFile> produced = deferred ? step.produceDeferred(model, diagnostics) : step.produce(model, diagnostics);
      timings.add(new StageTiming("render:" + step.name(), java.time.Duration.ofNanos(System.nanoTime() - start)));
      for (OutputFile file : produced) {
        String earlier = producer.putIfAbsent(file.path(), step.name());
        if (earlier != null) {
          diagnostics.error("E-DUP-URL", SourcePosition.of("site/" + file.path()), "/" + file.path());
          continue;
        }
        files.add(file);
      }
    }
    files.sort(Comparator.comparing(OutputFile::path));
    return files;
  }
}

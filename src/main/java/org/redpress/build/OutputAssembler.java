package org.redpress.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * Runs the output steps and refuses two steps (or pages) writing the same path: the build's
 * render stage, and the preview's whole-site render after a reload. Files, timings and clashes
 * come in the steps' order, whichever step finishes first.
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
   * deferred}: for a build that makes each file once, as it writes it. The build runs the steps
   * side by side; the preview, which serves while it renders, one after another.
   */
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics, List<StageTiming> timings,
      boolean deferred) {
    List<Made> made = deferred ? alongside(model, diagnostics) : inOrder(model, diagnostics);
    // Each step hands its files over sorted, so the final sort only merges a few runs.
    Map<String, String> producer = new HashMap<>();
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      timings.add(made.get(i).timing());
      for (OutputFile file : made.get(i).files()) {
        String earlier = producer.putIfAbsent(file.path(), steps.get(i).name());
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

  /** One step's files and the time it took to make them. */
  private record Made(List<OutputFile> files, StageTiming timing) {}

  private List<Made> inOrder(SiteModel model, Diagnostics diagnostics) {
    return steps.stream().map(step -> timed(step, () -> step.produce(model, diagnostics))).toList();
  }

  /**
   * Every step's deferred files, the steps running side by side: the search index is built
   * mostly on one thread, and the pages' bodies use the other cores meanwhile.
   */
  private List<Made> alongside(SiteModel model, Diagnostics diagnostics) {
    ExecutorService pool = Executors.newFixedThreadPool(steps.size());
    try {
      List<Future<Made>> futures = new ArrayList<>();
      for (OutputStep step : steps) {
        futures.add(pool.submit(() -> timed(step, () -> step.produceDeferred(model, diagnostics))));
      }
      List<Made> made = new ArrayList<>();
      for (Future<Made> future : futures) {
        made.add(join(future));
      }
      return made;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Made timed(OutputStep step, Supplier<List<OutputFile>> work) {
    long start = System.nanoTime();
    List<OutputFile> files = work.get();
    return new Made(files, new StageTiming("render:" + step.name(), Duration.ofNanos(System.nanoTime() - start)));
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    }
  }
}

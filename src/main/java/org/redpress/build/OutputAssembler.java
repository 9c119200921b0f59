package org.redpress.build;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * Runs the output steps and refuses two steps (or pages) writing the same path: the build's
 * render stage, and the preview's whole-site render after a reload. Timings come in the steps'
 * order, whichever step finishes first.
 */
public final class OutputAssembler {

  private final List<OutputStep> steps;

  public OutputAssembler(List<OutputStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * Runs every step, one after another (the preview, which serves while it renders); each step's
   * time goes to {@code timings} as {@code render:<step>}.
   */
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics, List<StageTiming> timings) {
    List<Made> made = steps.stream().map(step -> timed(step, () -> step.produce(model, diagnostics))).toList();
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

  /** Receives the files of one finished step, on the thread that called {@code produce}. */
  public interface Ready {
    void accept(List<OutputFile> files) throws IOException;
  }

  /**
   * Runs the steps side by side for a build, with their {@linkplain OutputStep#produceDeferred
   * deferred} files, handing each step's files to {@code ready} as soon as that step is done, in
   * the order the steps finish: the pages are written while the search index is still being built.
   * A file whose path a step already handed over is an error, and is not handed over again.
   * Returns every file handed over, sorted by path.
   */
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics, List<StageTiming> timings, Ready ready)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(steps.size());
    try {
      CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
      Made[] made = new Made[steps.size()];
      for (int i = 0; i < steps.size(); i++) {
        int index = i;
        OutputStep step = steps.get(i);
        done.submit(() -> {
          made[index] = timed(step, () -> step.produceDeferred(model, diagnostics));
          return index;
        });
      }
      Map<String, Integer> producer = new HashMap<>();
      List<OutputFile> files = new ArrayList<>();
      for (int n = 0; n < steps.size(); n++) {
        int index = join(done);
        List<OutputFile> handed = new ArrayList<>();
        for (OutputFile file : made[index].files()) {
          Integer other = producer.putIfAbsent(file.path(), index);
          if (other == null) {
            handed.add(file);
          } else {
            diagnostics.error("E-DUP-URL", SourcePosition.of("site/" + file.path()), "/" + file.path());
          }
        }
        files.addAll(handed);
        ready.accept(handed);
      }
      for (Made m : made) {
        timings.add(m.timing());
      }
      files.sort(Comparator.comparing(OutputFile::path));
      return files;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One step's files and the time it took to make them. */
  private record Made(List<OutputFile> files, StageTiming timing) {}

  private static Made timed(OutputStep step, Supplier<List<OutputFile>> work) {
    long start = System.nanoTime();
    List<OutputFile> files = work.get();
    return new Made(files, new StageTiming("render:" + step.name(), Duration.ofNanos(System.nanoTime() - start)));
  }

  private static <T> T join(CompletionService<T> done) {
    try {
      return done.take().get();
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

package org.redpress.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.redpress.build.BuildCache;
import org.redpress.build.BuildResult;
import org.redpress.build.OutputDirPolicy;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.build.Progress;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.search.SearchOutputStep;

/**
 * Rebuilds with the normal pipeline, all but its search step, which the outcome leaves for
 * after the reload. It keeps one {@link BuildCache} across rebuilds, so only changed files are
 * parsed again, only changed Markdown bodies rendered again and only pages whose inputs changed
 * re-rendered.
 */
public final class FullRebuilder implements Rebuilder {

  private static final Set<String> LATER = Set.of("search");

  private final PipelineOptions options;
  private final BuildCache cache = new BuildCache();

  public FullRebuilder(PipelineOptions options) {
    this.options = options;
    // The preview's watcher names every change (an overflow names the whole folder).
    cache.content().trustForget();
  }

  @Override
  public void warmUp() {
    cache.forgetAFew();
    try {
      new Pipeline(options, Progress.NONE, cache).check(new Diagnostics(), LATER);
    } catch (RuntimeException e) {
      // Only a warm-up: the next real rebuild reports whatever went wrong.
    }
  }

  @Override
  public BuildOutcome rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    if (!new OutputDirPolicy(options).isSafe(diagnostics)) {
      return BuildOutcome.failed(diagnostics.sorted(), Duration.ofNanos(System.nanoTime() - start));
    }
    // The watcher saw these change (none named: anything may have): read them again whatever
    // their size and time say.
    cache.content().forget(changed.isEmpty() ? Set.of(options.contentDir()) : changed);
    // A new Pipeline each time: it collects the stage timings of one run.
    BuildResult result = new Pipeline(options, Progress.NONE, cache).check(diagnostics, LATER);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (result.model().isEmpty() || diagnostics.hasErrors()) {
      return BuildOutcome.failed(diagnostics.sorted(), took);
    }
    SiteModel model = result.model().get();
    return new BuildOutcome(result.files(), result.model(), diagnostics.sorted(), took, result.timings(),
        stop -> new SearchOutputStep(cache.markdown()).export(model, stop));
  }
}

package org.redpress.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.redpress.build.AtomicSiteWriter;
import org.redpress.build.OutputAssembler;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.output.OutputFile;
import org.redpress.render.LinkChecker;
import org.redpress.render.RecordLinkSources;
import org.redpress.render.SiteRenderer;
import org.redpress.search.SearchOutputStep;

/**
 * The rest of a rebuild, done in the background after its generation is served and browsers
 * told to reload: every file rendered as {@code build} renders it, the search index (for the
 * search page and {@code /api/search}; a {@code search} event naming the search page says it is
 * served), the whole-site link check, and {@code site/} on disk, written as {@code build} writes
 * it. Errors it finds (a broken link, a template no requested page had used) go to the overlay
 * and an {@code error} event, and {@code site/} is then left as it was. Runs on its own thread;
 * the latest rebuild wins: it starts once the editor pauses ({@link #QUIET}), and a rebuild that
 * starts makes a running follow-up stop at its next step.
 */
final class FollowUp implements AutoCloseable {

  private record Job(long ticket, SiteSnapshot published, DeferredSearch search) {}

  /** The search page, which an open browser reloads once the new index is served. */
  static final String SEARCH_PAGE = "search/index.html";

  /**
   * How long the editor must pause before the follow-up starts: while saves keep coming, the
   * processor goes to the reloads they wait for, not to whole-site renders the next save would stop.
   */
  static final Duration QUIET = Duration.ofSeconds(1);

  private final LiveSite site;
  private final EventHub hub;
  private final Path outDir;
  private final Path projectDir;
  private final Messages messages;
  private final PreviewLog log;
  private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1,
      DaemonThreads.named("redpress-follow-up"));
  /**
   * Where a background follow-up's parallel streams run: one worker, so the work takes one
   * processor at most and the common pool stays free for the next save's rebuild.
   */
  private final ForkJoinPool oneWorker = new ForkJoinPool(1);
  private long wanted;
  private Job pending;

  FollowUp(LiveSite site, EventHub hub, Path projectDir, Path outDir, Messages messages, PreviewLog log) {
    this.site = site;
    this.hub = hub;
    this.outDir = outDir;
    this.projectDir = projectDir;
    this.messages = messages;
    this.log = log;
    // Closing drops follow-ups still waiting for their quiet second.
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** A rebuild is starting: whatever runs now stops at its next step. */
  synchronized void supersede() {
    wanted++;
  }

  /** Follows up {@code published} in the background, once no rebuild has started for {@link #QUIET}. */
  void submit(SiteSnapshot published, DeferredSearch search) {
    Job job = next(published, search);
    thread.schedule(() -> inBackground(job), QUIET.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Follows up {@code published} on the calling thread (the first build, before the server is announced). */
  void runNow(SiteSnapshot published, DeferredSearch search) {
    run(next(published, search));
  }

  /**
   * Takes up the last follow-up again if a rebuild superseded it and then failed: the site
   * still served needs its index and its copy on disk.
   */
  void resume() {
    Job job;
    synchronized (this) {
      if (pending == null) {
        return;
      }
      job = new Job(++wanted, pending.published(), pending.search());
      pending = job;
    }
    thread.schedule(() -> inBackground(job), QUIET.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void inBackground(Job job) {
    oneWorker.submit(() -> run(job)).join();
  }

  private synchronized Job next(SiteSnapshot published, DeferredSearch search) {
    pending = new Job(++wanted, published, search);
    return pending;
  }

  private synchronized boolean current(Job job) {
    return wanted == job.ticket();
  }

  private synchronized void done(Job job) {
    if (pending == job) {
      pending = null;
    }
  }

  private void run(Job job) {
    if (!current(job) || job.published().pages().isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    try {
      SiteRenderer renderer = job.published().pages().get().renderer();
      Diagnostics diagnostics = new Diagnostics();
      List<OutputFile> files = new ArrayList<>(new OutputAssembler(renderer.steps(() -> !current(job)))
          .produce(renderer.model(), diagnostics, new ArrayList<>()));
      if (!current(job)) {
        return; // a save came: the render stopped short, and the next follow-up starts over
      }
      Optional<SearchOutputStep.Export> built = job.search().build(() -> !current(job));
      if (built.isEmpty()) {
        return;
      }
      files.addAll(built.get().files());
      if (site.completeSearch(job.published(), built.get().index(), built.get().files())) {
        SiteSnapshot searched = site.snapshot();
        hub.broadcast(EventHub.frame("search", searched.generation(),
            Publisher.reloadData(searched, List.of(SEARCH_PAGE), false)));
      }
      if (!current(job)) {
        return;
      }
      new LinkChecker().check(files, renderer.model().config().basePath(),
          new RecordLinkSources(renderer.model(), projectDir), diagnostics);
      if (!current(job)) {
        return;
      }
      if (diagnostics.hasErrors()) {
        BuildFailure failure = BuildFailure.of(site.nextFailureId(), diagnostics.sorted(), messages);
        if (site.failLater(job.published(), failure)) {
          hub.broadcast(EventHub.frame("error", job.published().generation(), failure.json()));
          log.failed(diagnostics.sorted(), Duration.ofNanos(System.nanoTime() - start));
        }
        done(job);
        return;
      }
      new AtomicSiteWriter(outDir).write(files);
      done(job);
      log.followedUp(Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException | RuntimeException e) {
      // The pages are served already; the next rebuild tries again. Say what went wrong.
      log.followUpFailed(e.toString());
      done(job);
    }
  }

  /** Lets a running follow-up finish (a half-written site is swapped in whole or not at all). */
  @Override
  public void close() {
    supersede();
    thread.shutdown();
    try {
      thread.awaitTermination(RebuildLoop.CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
      oneWorker.shutdown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

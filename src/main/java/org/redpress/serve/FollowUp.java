package org.redpress.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.redpress.search.SearchOutputStep;

/**
 * The slow half of a rebuild, done after its pages are served and the browser told to reload:
 * the search index (for the search page and {@code /api/search}; a {@code search} event naming
 * the search page says it is served) and the copy of the site on disk. Runs on its own thread;
 * the latest rebuild wins. It starts once the editor pauses ({@link #QUIET}), and a rebuild that
 * starts makes a running follow-up stop at its next step, so a burst of saves does not queue
 * index builds and the two halves do not compete for the processor while an editor waits for a
 * reload.
 */
final class FollowUp implements AutoCloseable {

  private record Job(long ticket, SiteSnapshot published, DeferredSearch search) {}

  /** The search page, which an open browser reloads once the new index is served. */
  static final String SEARCH_PAGE = "search/index.html";

  private final LiveSite site;
  private final EventHub hub;
  private final SiteMirror mirror;
  private final PreviewLog log;
  /**
   * How long the editor must pause before the follow-up starts: while saves keep coming, the
   * processor goes to the reloads they wait for, not to index builds the next save would stop.
   */
  static final Duration QUIET = Duration.ofSeconds(1);

  private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1,
      DaemonThreads.named("redpress-follow-up"));
  private long wanted;
  private Job pending;

  FollowUp(LiveSite site, EventHub hub, SiteMirror mirror, PreviewLog log) {
    this.site = site;
    this.hub = hub;
    this.mirror = mirror;
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
    thread.schedule(() -> run(job), QUIET.toMillis(), TimeUnit.MILLISECONDS);
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
    thread.schedule(() -> run(job), QUIET.toMillis(), TimeUnit.MILLISECONDS);
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
    if (!current(job)) {
      return;
    }
    long start = System.nanoTime();
    try {
      if (site.snapshot() == job.published()) {
        Optional<SearchOutputStep.Export> built = job.search().build(() -> !current(job));
        if (built.isEmpty() || !site.completeSearch(job.published(), built.get().index(), built.get().files())) {
          return;
        }
        SiteSnapshot searched = site.snapshot();
        hub.broadcast(EventHub.frame("search", searched.generation(),
            Publisher.reloadData(searched, new TreeSet<>(Set.of(SEARCH_PAGE)), false)));
      } else if (site.snapshot().generation() != job.published().generation()) {
        return; // newer pages are served; their own follow-up comes
      }
      if (mirror.update(site.snapshot(), () -> !current(job))) {
        done(job);
        log.followedUp(Duration.ofNanos(System.nanoTime() - start));
      }
    } catch (IOException | RuntimeException e) {
      // The pages are served already; the next rebuild tries again. Say what went wrong.
      log.followUpFailed(e.toString());
      done(job);
    }
  }

  /** Lets a running follow-up finish (a half-written file is renamed into place or not at all). */
  @Override
  public void close() {
    supersede();
    thread.shutdown();
    try {
      thread.awaitTermination(RebuildLoop.CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

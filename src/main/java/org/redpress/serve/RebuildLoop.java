package org.redpress.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.SourcePosition;

/**
 * Runs rebuilds on one thread, one at a time. Changes that arrive while a rebuild runs are
 * gathered and coalesced into a single follow-up rebuild, so a burst of saves costs at most two.
 * A failed rebuild is reported only if no newer change arrives within {@code settle}: an editor
 * that saves in two steps (or write-temp-then-rename) should not flash an error.
 */
final class RebuildLoop implements AutoCloseable {

  /** Receives every reported rebuild, on the rebuild thread. */
  interface Listener {
    /** A rebuild is about to start (reported or not). */
    default void starting() {}

    void rebuilt(Set<Path> sources, BuildOutcome outcome);
  }

  static final long CLOSE_WAIT_SECONDS = 5;

  /** Silent rebuilds after the first build (each costs a small fraction of it). */
  static final int WARM_UPS = 5;

  private final Rebuilder rebuilder;
  private final Listener listener;
  private final Duration settle;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(
      DaemonThreads.named("redpress-rebuild"));

  private final Set<Path> pending = new TreeSet<>();
  private boolean requested;
  private boolean scheduled;
  private long runs;

  RebuildLoop(Rebuilder rebuilder, Listener listener, Duration settle) {
    this.rebuilder = rebuilder;
    this.listener = listener;
    this.settle = settle;
  }

  /** Asks for a rebuild covering {@code changed} (empty: everything, as for the first build). */
  void submit(Set<Path> changed) {
    synchronized (this) {
      pending.addAll(changed);
      requested = true;
      notifyAll();
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    thread.execute(this::drain);
  }

  /**
   * Runs the rebuilder's warm-up {@link #WARM_UPS} times on the rebuild thread: the JIT compiles
   * a method fully only after thousands of calls, and a rebuild calls the per-page code once per
   * page. A save arriving meanwhile waits for the warm-up under way, not for the rest.
   */
  void warmUp() {
    thread.execute(() -> {
      for (int i = 0; i < WARM_UPS && !requested(); i++) {
        rebuilder.warmUp();
      }
    });
  }

  private synchronized boolean requested() {
    return requested;
  }

  /** How many rebuilds ran so far. */
  synchronized long runs() {
    return runs;
  }

  private void drain() {
    Set<Path> carried = new TreeSet<>();
    while (true) {
      Set<Path> batch;
      synchronized (this) {
        if (!requested) {
          scheduled = false;
          return;
        }
        batch = new TreeSet<>(pending);
        pending.clear();
        requested = false;
        runs++;
      }
      batch.addAll(carried);
      listener.starting();
      BuildOutcome outcome = run(batch);
      if (!outcome.ok() && newerChangeWithin(settle)) {
        // The next rebuild decides; it must still know about this batch's files.
        carried = batch;
        continue;
      }
      carried = new TreeSet<>();
      listener.rebuilt(Set.copyOf(batch), outcome);
    }
  }

  private BuildOutcome run(Set<Path> batch) {
    long start = System.nanoTime();
    try {
      return rebuilder.rebuild(Set.copyOf(batch));
    } catch (RuntimeException | Error e) {
      // A bug in a stage (even a stack overflow or running out of memory) must not end the
      // preview or leave it waiting forever: report it like a content error and carry on.
      return BuildOutcome.failed(
          java.util.List.of(Diagnostic.error("E-SERVE-INTERNAL", SourcePosition.of("redpress"), e.toString())),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private boolean newerChangeWithin(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (this) {
      try {
        while (!requested) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /**
   * Lets a running rebuild finish (interrupting it midway could leave a half-written temporary
   * folder beside {@code site/}) but starts no other, waiting a few seconds at most.
   */
  @Override
  public void close() {
    synchronized (this) {
      requested = false;
      pending.clear();
    }
    thread.shutdown();
    try {
      thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

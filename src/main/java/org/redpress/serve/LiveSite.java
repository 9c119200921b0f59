package org.redpress.serve;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.redpress.output.OutputFile;
import org.redpress.search.SearchIndex;

/**
 * What the server shows right now: the last good build and, while the latest rebuild failed,
 * that failure. Requests read it without locks; only the rebuild thread changes it, and it swaps
 * whole immutable values, so no request ever sees half of one build.
 */
final class LiveSite {

  private final AtomicReference<SiteSnapshot> snapshot = new AtomicReference<>(SiteSnapshot.empty());
  private final AtomicReference<Optional<BuildFailure>> failure = new AtomicReference<>(Optional.empty());
  private final AtomicLong failures = new AtomicLong();

  SiteSnapshot snapshot() {
    return snapshot.get();
  }

  Optional<BuildFailure> failure() {
    return failure.get();
  }

  /** Serves a new good build from now on and clears any failure; returns what changed. */
  SiteSnapshot.Publication publish(List<OutputFile> files, String basePath) {
    SiteSnapshot.Publication p = SiteSnapshot.next(snapshot.get(), files, basePath, System.currentTimeMillis());
    snapshot.set(p.snapshot());
    failure.set(Optional.empty());
    return p;
  }

  /**
   * Adds the search index built for {@code published} and its files, if {@code published} is
   * still what is served (else a newer build is on its way and brings its own).
   */
  boolean completeSearch(SiteSnapshot published, SearchIndex index, List<OutputFile> files) {
    return snapshot.compareAndSet(published, published.withSearch(index, files, System.currentTimeMillis()));
  }

  /** Keeps serving the last good build and shows {@code f} on every page until a build succeeds. */
  void fail(BuildFailure f) {
    failure.set(Optional.of(f));
  }

  long nextFailureId() {
    return failures.incrementAndGet();
  }
}

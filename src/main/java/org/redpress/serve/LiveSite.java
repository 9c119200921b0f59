package org.redpress.serve;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.redpress.output.OutputFile;
import org.redpress.search.SearchIndex;

/**
 * What the server shows right now: the last good build and, while the latest rebuild (or the
 * background work after it) failed, that failure. Requests read it without locks; it changes
 * by swapping whole immutable values, so no request ever sees half of one build.
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

  /** Serves {@code pages} from now on and clears any failure; returns the new snapshot. */
  synchronized SiteSnapshot publish(Generation pages) {
    SiteSnapshot next = SiteSnapshot.next(snapshot.get(), pages);
    snapshot.set(next);
    failure.set(Optional.empty());
    return next;
  }

  /**
   * Adds the search index built for {@code published} and its files, if {@code published} is
   * still what is served (else a newer build is on its way and brings its own).
   */
  boolean completeSearch(SiteSnapshot published, SearchIndex index, List<OutputFile> files) {
    return snapshot.compareAndSet(published, published.withSearch(index, files, System.currentTimeMillis()));
  }

  /** Keeps serving the last good build and shows {@code f} on every page until a build succeeds. */
  synchronized void fail(BuildFailure f) {
    failure.set(Optional.of(f));
  }

  /**
   * Shows {@code f} if {@code published} is still served: the background work of a build found
   * errors its pages did not show (a broken link, a template a page had not used yet).
   */
  synchronized boolean failLater(SiteSnapshot published, BuildFailure f) {
    if (snapshot.get().generation() != published.generation()) {
      return false;
    }
    failure.set(Optional.of(f));
    return true;
  }

  long nextFailureId() {
    return failures.incrementAndGet();
  }
}

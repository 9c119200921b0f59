package org.redpress.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs file-system work on a few threads: writing or deleting a site is thousands of small
 * system calls that each wait on the disk (milliseconds on a virtual disk), so overlapping them
 * pays even on a machine with one core.
 */
final class ParallelIo {

  /** Threads waiting on the disk, not computing: more than the cores, few enough to stay polite. */
  static final int THREADS = 8;

  /** One piece of file-system work on an item. */
  interface Work<T> {
    void run(T item) throws IOException;
  }

  private ParallelIo() {}

  /**
   * Runs {@code work} on every item; the first failure is thrown once every thread has stopped,
   * so a caller that cleans up after a failure finds nothing still writing.
   */
  static <T> void forEach(List<T> items, Work<T> work) throws IOException {
    if (items.size() < 64) {
      for (T item : items) {
        work.run(item);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      // Each thread takes the next item as it finishes one: items differ a lot in cost (a page, a
      // share card, a tiny search file), and fixed shares left one thread working alone at the end.
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        parts.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
            try {
              work.run(items.get(i));
            } catch (IOException e) {
              next.set(items.size()); // the others stop at their next item
              throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
              next.set(items.size());
              throw e;
            }
          }
          return null;
        }));
      }
      Throwable first = null;
      for (Future<?> part : parts) {
        try {
          part.get();
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          first = first == null ? e : first;
        }
      }
      if (first instanceof UncheckedIOException u) {
        throw u.getCause();
      } else if (first instanceof RuntimeException r) {
        throw r;
      } else if (first instanceof Error err) {
        throw err;
      } else if (first != null) {
        throw new IOException(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

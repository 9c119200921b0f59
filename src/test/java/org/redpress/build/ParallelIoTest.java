package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelIoTest {

  @Test
  void runsTheWorkOnEveryItemOnSeveralThreads() throws IOException {
    List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ParallelIo.forEach(items, i -> {
      done.add(i);
      threads.add(Thread.currentThread().getName());
    });
    assertThat(done).hasSize(1_000);
    assertThat(threads).hasSizeGreaterThan(1);
  }

  @Test
  void throwsTheFirstFailureItselfOnlyOnceEveryThreadHasStopped() {
    List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger afterReturn = new AtomicInteger(-1);
    IOException failure = new IOException("disk full");
    assertThatThrownBy(() -> ParallelIo.forEach(items, i -> {
      running.incrementAndGet();
      try {
        if (i == 10) {
          throw failure;
        }
      } finally {
        running.decrementAndGet();
      }
    })).isSameAs(failure);
    afterReturn.set(running.get());
    // A caller deleting the half-written folder now must find no thread still writing into it.
    assertThat(afterReturn.get()).isZero();
  }
}

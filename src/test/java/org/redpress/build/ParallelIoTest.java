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
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ParallelIo.forEach(items, i -> {
      done.add(i);
      threads.add(Thread.currentThread().getName());
      try {
        Thread.sleep(1); // as a file written to a slow disk: the other threads take items meanwhile
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    });
    assertThat(done).hasSize(200);
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

  @Test
  void otherThreadsGoOnWhileOneIsHeldUpByASlowItem() throws IOException {
    // Item 0 waits until every other item is done: with fixed shares per thread, the items after
    // it in its share would wait too, and this would never finish.
    List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
    java.util.concurrent.CountDownLatch others = new java.util.concurrent.CountDownLatch(items.size() - 1);
    ParallelIo.forEach(items, i -> {
      if (i == 0) {
        try {
          assertThat(others.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("the other items done").isTrue();
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      } else {
        others.countDown();
      }
    });
  }

  @Test
  void takesNoNewItemAfterAFailure() {
    List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
    AtomicInteger started = new AtomicInteger();
    assertThatThrownBy(() -> ParallelIo.forEach(items, i -> {
      started.incrementAndGet();
      if (i == 0) {
        throw new IOException("disk full");
      }
    })).hasMessage("disk full");
    assertThat(started.get()).isLessThan(items.size());
  }
}

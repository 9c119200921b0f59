package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.SourcePosition;

class RebuildLoopTest {

  private final LinkedBlockingQueue<Set<Path>> reported = new LinkedBlockingQueue<>();

  @Test
  void changesArrivingDuringARebuildAreCoalescedIntoOneFollowUp() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Set<Path>> batches = new ArrayList<>();
    Rebuilder slow = changed -> {
      synchronized (batches) {
        batches.add(changed);
      }
      started.countDown();
      await(release);
      return good();
    };
    try (RebuildLoop loop = new RebuildLoop(slow, (s, o) -> reported.add(s), Duration.ZERO)) {
      loop.submit(Set.of(Path.of("a")));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      loop.submit(Set.of(Path.of("b")));
      loop.submit(Set.of(Path.of("c")));
      loop.submit(Set.of(Path.of("b")));
      release.countDown();
      assertThat(reported.poll(5, TimeUnit.SECONDS)).containsExactly(Path.of("a"));
      assertThat(reported.poll(5, TimeUnit.SECONDS)).containsExactlyInAnyOrder(Path.of("b"), Path.of("c"));
      assertThat(reported.poll(300, TimeUnit.MILLISECONDS)).isNull();
      assertThat(loop.runs()).isEqualTo(2);
    }
  }

  @Test
  void neverRunsTwoRebuildsAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch allReported = new CountDownLatch(50);
    Rebuilder r = changed -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      started.countDown();
      await(release);
      running.decrementAndGet();
      return good();
    };
    try (RebuildLoop loop = new RebuildLoop(r, (s, o) -> s.forEach(p -> allReported.countDown()), Duration.ZERO)) {
      loop.submit(Set.of(Path.of("f0")));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      // Every other save arrives while the first rebuild is held inside the rebuilder.
      for (int i = 1; i < 50; i++) {
        loop.submit(Set.of(Path.of("f" + i)));
      }
      release.countDown();
      assertThat(allReported.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(most.get()).isEqualTo(1);
      assertThat(loop.runs()).isEqualTo(2);
    }
  }

  @Test
  void aFailureFollowedByANewSaveWithinTheSettleTimeIsNotReportedButItsFilesAreKept() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    LinkedBlockingQueue<Boolean> outcomes = new LinkedBlockingQueue<>();
    RebuildLoop[] self = new RebuildLoop[1];
    Rebuilder halfWritten = changed -> {
      if (calls.incrementAndGet() == 1) {
        self[0].submit(Set.of(Path.of("second")));
        return bad();
      }
      return good();
    };
    try (RebuildLoop loop = new RebuildLoop(halfWritten, (s, o) -> {
      outcomes.add(o.ok());
      reported.add(s);
    }, Duration.ofMillis(500))) {
      self[0] = loop;
      loop.submit(Set.of(Path.of("first")));
      assertThat(reported.poll(5, TimeUnit.SECONDS)).containsExactlyInAnyOrder(Path.of("first"), Path.of("second"));
      assertThat(outcomes.poll()).isTrue();
      assertThat(reported.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void aFailureWithNothingNewToBuildIsReported() throws Exception {
    try (RebuildLoop loop = new RebuildLoop(c -> bad(), (s, o) -> reported.add(s), Duration.ofMillis(50))) {
      loop.submit(Set.of(Path.of("x")));
      assertThat(reported.poll(5, TimeUnit.SECONDS)).containsExactly(Path.of("x"));
    }
  }

  @Test
  void aCrashInsideTheBuildIsReportedAsAFailureAndTheLoopCarriesOn() throws Exception {
    LinkedBlockingQueue<BuildOutcome> outcomes = new LinkedBlockingQueue<>();
    AtomicInteger calls = new AtomicInteger();
    Rebuilder crashing = c -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("boom");
      }
      return good();
    };
    try (RebuildLoop loop = new RebuildLoop(crashing, (s, o) -> outcomes.add(o), Duration.ZERO)) {
      loop.submit(Set.of(Path.of("x")));
      BuildOutcome crashed = outcomes.poll(5, TimeUnit.SECONDS);
      assertThat(crashed.ok()).isFalse();
      assertThat(crashed.diagnostics()).extracting(Diagnostic::code).containsExactly("E-SERVE-INTERNAL");
      loop.submit(Set.of(Path.of("y")));
      assertThat(outcomes.poll(5, TimeUnit.SECONDS).ok()).isTrue();
    }
  }

  private static BuildOutcome good() {
    // ok() needs a site; the loop never looks inside it.
    return BuildOutcome.of(TestModels.renderer(), List.of(), Duration.ZERO);
  }

  private static BuildOutcome bad() {
    return BuildOutcome.failed(List.of(Diagnostic.error("E-DATE", SourcePosition.of("a.md"), "x")), Duration.ZERO);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

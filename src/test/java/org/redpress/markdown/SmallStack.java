package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a render on a thread with a 512 KiB stack, smaller than any default, and times it. */
final class SmallStack {

  static final int STACK_BYTES = 512 * 1024;

  private SmallStack() {}

  /** The result and how long it took; fails the test if the render threw or hung. */
  record Timed(RenderedMarkdown result, Duration took) {}

  static Timed render(MarkdownRenderer renderer, String markdown) {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(renderer.render(markdown));
              } catch (Throwable t) {
                outcome.set(t);
              }
            },
            "small-stack",
            STACK_BYTES);
    long start = System.nanoTime();
    thread.start();
    try {
      thread.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(thread.isAlive()).as("render still running after 30 s").isFalse();
    assertThat(outcome.get()).as("render outcome").isInstanceOf(RenderedMarkdown.class);
    return new Timed((RenderedMarkdown) outcome.get(), took);
  }
}

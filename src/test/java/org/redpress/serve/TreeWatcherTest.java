package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWatcherTest {

  @TempDir Path dir;
  private final LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

  @Test
  void seesFilesInFoldersCreatedAfterItStarted() throws Exception {
    try (TreeWatcher w = new TreeWatcher(java.util.List.of(dir), Duration.ofMillis(50), batches::add)) {
      w.start();
      Path sub = Files.createDirectories(dir.resolve("new/deeper"));
      batches.poll(2, TimeUnit.SECONDS);
      Path file = Files.writeString(sub.resolve("a.md"), "x");
      assertThat(drainUntil(file)).isTrue();
    }
  }

  @Test
  void debouncesABurstOfWritesIntoOneBatch() throws Exception {
    try (TreeWatcher w = new TreeWatcher(java.util.List.of(dir), Duration.ofMillis(200), batches::add)) {
      w.start();
      for (int i = 0; i < 10; i++) {
        Files.writeString(dir.resolve("f" + i + ".md"), "x" + i);
      }
      Set<Path> batch = batches.poll(3, TimeUnit.SECONDS);
      assertThat(batch).hasSize(10);
      assertThat(batches.poll(400, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void ignoresEditorsScratchFilesButNotTheFileTheyAreRenamedTo() throws Exception {
    try (TreeWatcher w = new TreeWatcher(java.util.List.of(dir), Duration.ofMillis(50), batches::add)) {
      w.start();
      Path tmp = Files.writeString(dir.resolve(".a.md.swp"), "x");
      Files.writeString(dir.resolve("a.md~"), "x");
      Files.move(tmp, dir.resolve("a.md"));
      assertThat(batches.poll(3, TimeUnit.SECONDS)).containsExactly(dir.resolve("a.md"));
    }
  }

  private boolean drainUntil(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (System.nanoTime() < deadline) {
      Set<Path> b = batches.poll(100, TimeUnit.MILLISECONDS);
      if (b != null && b.contains(file)) {
        return true;
      }
    }
    return false;
  }
}

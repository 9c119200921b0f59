package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWatcherTest {

  @TempDir Path project;
  private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

  /** The next batch that names {@code path}, skipping others (waits on the queue, never sleeps). */
  private Set<Path> batchNaming(Path path) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Set<Path> batch = batches.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (batch != null && batch.contains(path)) {
        return batch;
      }
    }
    throw new AssertionError("no batch named " + path + " within 20 s");
  }

  @Test
  void keepsWatchingAfterTheContentFolderIsDeletedAndRestored() throws Exception {
    Path content = Files.createDirectories(project.resolve("content/practices"));
    Path root = content.getParent();
    Files.writeString(content.resolve("a.md"), "一");
    try (TreeWatcher watcher = new TreeWatcher(List.of(root), Duration.ofMillis(30), batches::add)) {
      watcher.start();

      deleteTree(root);
      assertThat(batchNaming(root)).contains(root);

      Files.createDirectories(content);
      Files.writeString(content.resolve("a.md"), "二");
      assertThat(batchNaming(content.resolve("a.md"))).as("files found in the restored folder").isNotEmpty();

      batches.clear();
      Files.writeString(content.resolve("a.md"), "三");
      assertThat(batchNaming(content.resolve("a.md"))).as("a save after the restore").isNotEmpty();
    }
  }

  @Test
  void startsWatchingARootCreatedAfterStart() throws Exception {
    Path templates = project.resolve("templates");
    try (TreeWatcher watcher = new TreeWatcher(List.of(templates), Duration.ofMillis(30), batches::add)) {
      watcher.start();

      Files.createDirectories(templates);
      batchNaming(templates);
      Files.writeString(templates.resolve("layout.ftlh"), "<main></main>");

      assertThat(batchNaming(templates.resolve("layout.ftlh"))).isNotEmpty();
    }
  }

  @Test
  void ignoresOtherFoldersBesideTheRoots() throws Exception {
    Path content = Files.createDirectories(project.resolve("content"));
    try (TreeWatcher watcher = new TreeWatcher(List.of(content), Duration.ofMillis(30), batches::add)) {
      watcher.start();

      Files.createDirectories(project.resolve("site/practices"));
      Files.writeString(content.resolve("x.md"), "x");

      // The site/ folder beside content/ is written by every build; it must not trigger one.
      assertThat(batchNaming(content.resolve("x.md"))).allMatch(p -> p.startsWith(content));
      assertThat(batches).allMatch(b -> b.stream().allMatch(p -> p.startsWith(content)));
    }
  }

  /** Deletes a folder tree, deepest first. */
  private static void deleteTree(Path root) throws Exception {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

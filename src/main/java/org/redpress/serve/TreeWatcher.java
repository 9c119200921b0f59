package org.redpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches directory trees with the platform's {@link WatchService} (inotify on Linux), registers
 * directories created later, and hands on the changed files in batches once no event has come
 * for {@code debounce} (at most {@link #MAX_DELAY} after the first event, so a steady stream of
 * writes still rebuilds). The roots' parent folders are watched too, so a root that is deleted
 * and created again (as {@code git checkout} or {@code git stash} may do) is watched anew.
 */
final class TreeWatcher implements AutoCloseable {

  static final Duration MAX_DELAY = Duration.ofSeconds(1);

  private final List<Path> roots;
  private final Duration debounce;
  private final Consumer<Set<Path>> onBatch;
  private final WatchService service;
  private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
  /** The roots' parent folders, watched only for a root appearing or going away. */
  private final Map<WatchKey, Path> parents = new ConcurrentHashMap<>();
  private final Thread thread;

  TreeWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> onBatch) throws IOException {
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.debounce = debounce;
    this.onBatch = onBatch;
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : this.roots) {
      Path parent = root.getParent();
      if (parent != null && Files.isDirectory(parent)) {
        parents.put(parent.register(service, ENTRY_CREATE, ENTRY_DELETE), parent);
      }
      if (Files.isDirectory(root)) {
        registerTree(root, new TreeSet<>());
      }
    }
    this.thread = new Thread(this::loop, "redpress-watch");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop() {
    try {
      while (true) {
        Set<Path> batch = new TreeSet<>();
        collect(service.take(), batch);
        long deadline = System.nanoTime() + MAX_DELAY.toNanos();
        WatchKey next;
        while (System.nanoTime() < deadline
            && (next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          collect(next, batch);
        }
        batch.removeIf(EditorFiles::isScratch);
        if (!batch.isEmpty()) {
          onBatch.accept(batch);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // close() was called: the thread ends.
    }
  }

  private void collect(WatchKey key, Set<Path> batch) {
    Path parent = parents.get(key);
    if (parent != null) {
      collectRoots(key, parent, batch);
      return;
    }
    Path dir = dirs.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || dir == null) {
        // Events were lost: the batch names every root, which means "rebuild everything".
        batch.addAll(roots);
        continue;
      }
      Path child = dir.resolve((Path) event.context());
      batch.add(child);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        // A new folder (or one moved in): watch it, and count the files already inside it.
        registerTree(child, batch);
      }
    }
    if (!key.reset()) {
      dirs.remove(key);
    }
  }

  /** A root created (watch it and count its files) or deleted (everything under it changed). */
  private void collectRoots(WatchKey key, Path parent, Set<Path> batch) {
    for (WatchEvent<?> event : key.pollEvents()) {
      Path child = event.kind() == OVERFLOW ? null : parent.resolve((Path) event.context());
      for (Path root : roots) {
        if (child == null && root.getParent().equals(parent)
            || root.equals(child) && event.kind() == ENTRY_DELETE) {
          batch.add(root);
        } else if (root.equals(child) && Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
          batch.add(root);
          registerTree(root, batch);
        }
      }
    }
    if (!key.reset()) {
      parents.remove(key);
    }
  }

  /**
   * Watches {@code top} and every folder below it. Each folder is registered before its entries
   * are listed, so a file created meanwhile is either listed or reported by the new watch.
   */
  private void registerTree(Path top, Set<Path> found) {
    try {
      Files.walkFileTree(top, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
          dirs.put(d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), d);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          found.add(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          found.add(f);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // The folder went away while we walked it (its deletion event follows), or cannot be read:
      // the files found so far still count, and the watcher must keep running either way.
      found.add(top);
    }
  }


  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}

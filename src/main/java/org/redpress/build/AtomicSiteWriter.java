package org.redpress.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.redpress.output.OutputFile;

/**
 * Writes a whole site into a fresh directory beside the target, then swaps it in. The swap is one
 * atomic exchange where the system has one ({@link AtomicExchange}), so a kill at any moment
 * leaves a complete site, old or new; elsewhere it is two renames, and the next run repairs a
 * kill between them. Until the swap the old site is untouched; if anything fails the new
 * directory is deleted and the old site stays byte for byte. A file whose bytes did not change is hard-linked
 * from the old site, so it keeps its modification time (cheap re-uploads with rsync-like tools).
 *
 * <p>Every site it writes holds {@link OutputDirPolicy#MARKER}, so a later build knows the folder
 * is redpress's to replace. What a killed run leaves beside the target is recovered by the next
 * one: a site moved aside but never replaced ({@code .site.old-*}, the target missing) is moved
 * back, and half-written ({@code .site.tmp-*}) or superseded copies are deleted.
 */
public final class AtomicSiteWriter {

  /** The file system steps a write takes; tests put faults between them. */
  interface Moves {
    Moves REAL = new Moves() {};

    default void move(Path from, Path to) throws IOException {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Exchanges the two paths atomically, or returns false having done nothing. */
    default boolean exchange(Path a, Path b) throws IOException {
      return AtomicExchange.exchange(a, b);
    }

    default void deleteTree(Path root) throws IOException {
      AtomicSiteWriter.deleteTree(root);
    }
  }

  static final String MARKER_TEXT = "This folder was written by redpress build; the next build replaces it whole.\n";

  private final Path target;
  private final Moves moves;

  public AtomicSiteWriter(Path target) {
    this(target, Moves.REAL);
  }

  AtomicSiteWriter(Path target, Moves moves) {
    this.target = target.toAbsolutePath().normalize();
    this.moves = moves;
  }

  /** Writes {@code files} into a fresh folder and swaps it in. */
  public WriteReport write(List<OutputFile> files) throws IOException {
    Staging staging = stage();
    try {
      ParallelIo.forEach(files, file -> staging.put(file.materialized()));
      return staging.commit();
    } catch (IOException | RuntimeException e) {
      staging.discard();
      throw e;
    }
  }

  /**
   * Opens a fresh folder beside the target (after recovering what a killed run left) for files
   * put one at a time, from any thread; nothing is visible at the target until {@link
   * Staging#commit}.
   */
  public Staging stage() throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    recover(parent, name);
    // Not createTempDirectory: its 0700 would lock the web server's user out of the published site;
    // a plain directory gets the user's umask, as every file in it does.
    Path fresh = Files.createDirectory(parent.resolve("." + name + ".tmp-" + UUID.randomUUID()));
    Staging staging = new Staging(fresh, parent, name, Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS));
    try {
      Files.writeString(fresh.resolve(OutputDirPolicy.MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      staging.discard();
      throw e;
    }
    return staging;
  }

  /** A new site being written beside the published one. */
  public final class Staging {

    private final Path fresh;
    private final Path parent;
    private final String name;
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    /**
     * Whether a published site was there to link unchanged files from. Without one, no file is
     * looked up in it: each lookup of a missing file costs an exception inside the JDK, about 2%
     * of a first build's time at 10,000 records.
     */
    private final boolean previous;

    private Staging(Path fresh, Path parent, String name, boolean previous) {
      this.fresh = fresh;
      this.parent = parent;
      this.name = name;
      this.previous = previous;
    }

    /** Writes one file, hard-linked from the published site when its bytes did not change. */
    public void put(OutputFile file) throws IOException {
      Path dest = fresh.resolve(file.path()).normalize();
      if (!dest.startsWith(fresh)) {
        throw new IOException("output path leaves the site: " + file.path());
      }
      // Marked only once made: another thread may be asking for the same folder right now.
      if (!madeDirs.contains(dest.getParent())) {
        Files.createDirectories(dest.getParent());
        madeDirs.add(dest.getParent());
      }
      if (previous && sameAsBefore(file)) {
        Files.createLink(dest, target.resolve(file.path()));
        unchanged.incrementAndGet();
      } else {
        try (var out = Files.newOutputStream(dest)) {
          file.writeTo(out);
        }
      }
      files.incrementAndGet();
      bytes.addAndGet(file.size());
    }

    /** Swaps the new site in; from here on the build has succeeded. */
    public WriteReport commit() throws IOException {
      try {
        swap(fresh, parent, name);
      } catch (IOException | RuntimeException e) {
        discard();
        throw e;
      }
      return new WriteReport(files.get(), unchanged.get(), bytes.get());
    }

    /** Deletes the new site; the published one stays as it was. */
    public void discard() {
      deleteQuietly(fresh);
    }
  }

  private boolean sameAsBefore(OutputFile file) {
    Path old = target.resolve(file.path()).normalize();
    try {
      return old.startsWith(target)
          && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
          && Files.size(old) == file.size()
          && file.sameBytes(Files.readAllBytes(old));
    } catch (IOException e) {
      return false; // not comparable: write the file afresh
    }
  }

  private void swap(Path fresh, Path parent, String name) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      moves.move(fresh, target);
      return;
    }
    if (moves.exchange(fresh, target)) {
      // The new site is in place and the old one sits where the new one was written; a copy that
      // cannot be deleted now is left for the next build's recovery, as below.
      deleteQuietly(fresh);
      return;
    }
    Path old = parent.resolve("." + name + ".old-" + UUID.randomUUID());
    moves.move(target, old);
    try {
      moves.move(fresh, target);
    } catch (IOException e) {
      moves.move(old, target);
      throw e;
    }
    // The new site is in place: the build succeeded whatever happens now. A copy that cannot be
    // deleted is left for the next build's recovery rather than reported as a failure.
    deleteQuietly(old);
  }

  /**
   * Puts back a site that a killed run moved aside and never replaced, then deletes what killed or
   * failed runs left: half-written new sites and superseded old ones.
   */
  private void recover(Path parent, String name) throws IOException {
    List<Path> olds = leftovers(parent, "." + name + ".old-");
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
      // Killed between the two renames: the newest copy moved aside is the last complete site.
      Path newest = olds.stream().max(Comparator.comparing(AtomicSiteWriter::modified)).orElseThrow();
      moves.move(newest, target);
      olds.remove(newest);
    }
    for (Path p : olds) {
      moves.deleteTree(p);
    }
    for (Path p : leftovers(parent, "." + name + ".tmp-")) {
      moves.deleteTree(p);
    }
  }

  private static List<Path> leftovers(Path parent, String prefix) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, e -> e.getFileName().toString().startsWith(prefix))) {
      entries.forEach(p -> {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.add(p);
        }
      });
    }
    return out;
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private void deleteQuietly(Path dir) {
    try {
      moves.deleteTree(dir);
    } catch (IOException | RuntimeException e) {
      // Left for the next build's recovery.
    }
  }

  /** Deletes {@code root} and everything under it, the files of each folder on several threads. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        files.add(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        dirs.add(dir);
        return FileVisitResult.CONTINUE;
      }
    });
    ParallelIo.forEach(files, Files::delete);
    // Deepest folders first: a folder is empty once every deeper one is gone.
    Map<Integer, List<Path>> byDepth = new TreeMap<>(Comparator.reverseOrder());
    dirs.forEach(d -> byDepth.computeIfAbsent(d.getNameCount(), k -> new ArrayList<>()).add(d));
    for (List<Path> level : byDepth.values()) {
      ParallelIo.forEach(level, Files::delete);
    }
  }
}

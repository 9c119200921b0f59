package org.redpress.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * The path policy of the build side: listings in a fixed order, and no file read from outside
 * {@code content/} — a symbolic link that leads out (or loops) is an error, never followed.
 * One instance serves one walk of {@code content/}.
 */
final class ContentPaths {

  private final Path projectDir;
  private final Path contentDir;
  private final Diagnostics diagnostics;
  private final Path realContent;
  /** Folders under content/ already looked at in this walk: is it, or a folder above it, a link? */
  private final Map<Path, Boolean> linkedFolders = new ConcurrentHashMap<>();

  /**
   * A file as one {@code lstat} (plus a {@code stat} for a link) sees it: whether it is a symbolic
   * link, and its attributes with links followed, or why they could not be read.
   */
  record FileStat(boolean link, BasicFileAttributes attributes, IOException failure) {
    boolean isDirectory() {
      return attributes != null && attributes.isDirectory();
    }
  }

  ContentPaths(Path projectDir, Path contentDir, Diagnostics diagnostics) {
    this.projectDir = projectDir;
    this.contentDir = contentDir;
    this.diagnostics = diagnostics;
    this.realContent = realPathOrSelf(contentDir);
  }

  private static Path realPathOrSelf(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir; // a missing content/ is reported by the loader
    }
  }

  String display(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(projectDir) ? projectDir.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /** The entries of a directory, sorted by name, so every build walks files in the same order. */
  List<Path> list(Path dir) {
    if (!staysInside(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      // Sorted by name (one folder), comparing strings, which costs less than comparing paths.
      return entries.map(p -> p.getFileName().toString()).sorted().map(dir::resolve).toList();
    } catch (IOException e) {
      diagnostics.error("E-IO", SourcePosition.of(display(dir)), String.valueOf(e.getMessage()));
      return List.of();
    }
  }

  /** Reads {@code path}'s attributes; for a plain file a single system call. */
  FileStat stat(Path path) {
    try {
      BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!own.isSymbolicLink()) {
        return new FileStat(false, own, null);
      }
      try {
        return new FileStat(true, Files.readAttributes(path, BasicFileAttributes.class), null);
      } catch (IOException e) {
        return new FileStat(true, null, e);
      }
    } catch (IOException e) {
      return new FileStat(false, null, e);
    }
  }

  /** Whether {@code path}, with links followed, is still inside {@code content/}; reports if not. */
  boolean staysInside(Path path) {
    return staysInside(path, Files.isSymbolicLink(path));
  }

  /** {@link #staysInside(Path)} for a path already known to be a link or not (from {@link #stat}). */
  boolean staysInside(Path path, boolean link) {
    try {
      if (!link && path.toAbsolutePath().normalize().startsWith(contentDir) && !hasLinkedParent(path)) {
        return true;
      }
      Path real = path.toRealPath();
      if (real.startsWith(realContent)) {
        return true;
      }
      diagnostics.error("E-SYMLINK", SourcePosition.of(display(path)));
      return false;
    } catch (IOException e) {
      diagnostics.error("E-SYMLINK", SourcePosition.of(display(path)));
      return false;
    }
  }

  private boolean hasLinkedParent(Path path) {
    Path parent = path.toAbsolutePath().normalize().getParent();
    return parent != null && isOrUnderLink(parent);
  }

  /**
   * Whether {@code dir}, or a folder between it and {@code content/}, is a symbolic link. Every
   * file of a folder asks the same question, so the answer is kept for the rest of this walk.
   */
  private boolean isOrUnderLink(Path dir) {
    if (!dir.startsWith(contentDir) || dir.equals(contentDir)) {
      return false;
    }
    Boolean known = linkedFolders.get(dir);
    if (known == null) {
      known = Files.isSymbolicLink(dir) || isOrUnderLink(dir.getParent());
      linkedFolders.put(dir, known);
    }
    return known;
  }

  /** Every regular file under {@code media/}, as paths relative to it with forward slashes. */
  TreeSet<String> mediaFiles(Path mediaDir) {
    TreeSet<String> out = new TreeSet<>();
    if (!Files.isDirectory(mediaDir)) {
      return out;
    }
    collect(mediaDir, mediaDir, out, 0);
    return out;
  }

  private void collect(Path root, Path dir, TreeSet<String> out, int depth) {
    if (depth > 20) {
      return;
    }
    for (Path p : list(dir)) {
      if (p.getFileName().toString().startsWith(".") || !staysInside(p)) {
        continue;
      }
      if (Files.isDirectory(p)) {
        collect(root, p, out, depth + 1);
      } else if (Files.isRegularFile(p)) {
        // A refused file still counts as there, so records that use it get no second error.
        new MediaCheck(diagnostics).check(p, display(p));
        out.add(root.relativize(p).toString().replace('\\', '/'));
      }
    }
  }
}

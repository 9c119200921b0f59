package org.redpress.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.redpress.output.OutputFile;

/**
 * Writes a whole site into a fresh directory beside the target, then swaps it in with two
 * renames. Until the swap the old site is untouched; if anything fails the new directory is
 * deleted and the old site stays byte for byte. A file whose bytes did not change is hard-linked
 * from the old site, so it keeps its modification time (cheap re-uploads with rsync-like tools).
 */
public final class AtomicSiteWriter {

  private final Path target;

  public AtomicSiteWriter(Path target) {
    this.target = target.toAbsolutePath().normalize();
  }

  public WriteReport write(List<OutputFile> files) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    Path fresh = Files.createTempDirectory(parent, "." + name + ".tmp-");
    try {
      int unchanged = 0;
      long bytes = 0;
      for (OutputFile file : files) {
        Path dest = fresh.resolve(file.path()).normalize();
        if (!dest.startsWith(fresh)) {
          throw new IOException("output path leaves the site: " + file.path());
        }
        Files.createDirectories(dest.getParent());
        if (sameAsBefore(file)) {
          Files.createLink(dest, target.resolve(file.path()));
          unchanged++;
        } else {
          try (var out = Files.newOutputStream(dest)) {
            file.writeTo(out);
          }
        }
        bytes += file.size();
      }
      swap(fresh, parent, name);
      return new WriteReport(files.size(), unchanged, bytes);
    } catch (IOException | RuntimeException e) {
      deleteTree(fresh);
      throw e;
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
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(old);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}

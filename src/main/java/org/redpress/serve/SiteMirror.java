package org.redpress.serve;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.redpress.build.AtomicSiteWriter;
import org.redpress.output.OutputFile;

/**
 * Keeps {@code site/} on disk equal to the snapshot being served. The first write swaps in a
 * whole site ({@link AtomicSiteWriter}); after that only the files whose bytes changed are
 * written, each to a temporary file renamed over the old one, and files a build dropped are
 * deleted. Served requests never read the disk, so the copy may trail the snapshot by a moment.
 */
final class SiteMirror {

  private final Path root;
  private Map<String, StaticFile> written;


  SiteMirror(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * Makes the disk match {@code snapshot}, or as much of it as is written before {@code stop}
   * says to stop (file by file; the next call carries on). Returns whether it got to the end.
   */
  synchronized boolean update(SiteSnapshot snapshot, BooleanSupplier stop) throws IOException {
    Map<String, StaticFile> now = snapshot.files();
    if (written == null) {
      List<OutputFile> all = new ArrayList<>(now.size());
      now.forEach((path, file) -> all.add(new OutputFile(path, file.bytes())));
      new AtomicSiteWriter(root).write(all);
      written = new HashMap<>(now);
      return true;
    }
    for (Map.Entry<String, StaticFile> e : now.entrySet()) {
      StaticFile before = written.get(e.getKey());
      if (before != e.getValue()) {
        if (stop.getAsBoolean()) {
          return false;
        }
        write(e.getKey(), e.getValue().bytes(), before != null);
        written.put(e.getKey(), e.getValue());
      }
    }
    for (String path : List.copyOf(written.keySet())) {
      if (!now.containsKey(path)) {
        if (stop.getAsBoolean()) {
          return false;
        }
        delete(path);
        written.remove(path);
      }
    }
    return true;
  }

  /** A file that existed is replaced by a rename; a new one (nothing can be reading it) is written in place. */
  private void write(String path, byte[] bytes, boolean existed) throws IOException {
    Path target = inside(path);
    Files.createDirectories(target.getParent());
    if (!existed) {
      Files.write(target, bytes);
      return;
    }
    Path temp = Files.createTempFile(target.getParent(), ".redpress-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes the file and then each folder it leaves empty, up to (not including) the root. */
  private void delete(String path) throws IOException {
    Path target = inside(path);
    Files.deleteIfExists(target);
    for (Path dir = target.getParent(); !dir.equals(root); dir = dir.getParent()) {
      try {
        Files.deleteIfExists(dir);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }

  private Path inside(String path) throws IOException {
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IOException("output path leaves the site: " + path);
    }
    return target;
  }
}

package org.redpress.serve;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redpress.build.AtomicSiteWriter;
import org.redpress.model.OutputFile;

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

  /** Makes the disk match {@code snapshot}; returns how many files were written or deleted. */
  synchronized int update(SiteSnapshot snapshot) throws IOException {
    Map<String, StaticFile> now = snapshot.files();
    if (written == null) {
      List<OutputFile> all = new ArrayList<>(now.size());
      now.forEach((path, file) -> all.add(new OutputFile(path, file.bytes())));
      new AtomicSiteWriter(root).write(all);
      written = now;
      return all.size();
    }
    int touched = 0;
    for (Map.Entry<String, StaticFile> e : now.entrySet()) {
      if (written.get(e.getKey()) != e.getValue()) {
        write(e.getKey(), e.getValue().bytes());
        touched++;
      }
    }
    for (String path : written.keySet()) {
      if (!now.containsKey(path)) {
        delete(path);
        touched++;
      }
    }
    written = now;
    return touched;
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path target = inside(path);
    Files.createDirectories(target.getParent());
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

package org.redpress.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Processed photos on disk, one folder per content hash ({@code <key>/info.txt} and one file per
 * variant). A folder counts only once its {@code info.txt} exists, and every file is written to a
 * temporary name and moved into place, so a build stopped halfway leaves nothing half-written.
 */
final class PhotoCache {

  private final Path dir;

  PhotoCache(Path dir) {
    this.dir = dir;
  }

  Optional<ProcessedPhoto> find(String key) {
    Path info = dir.resolve(key).resolve("info.txt");
    if (!Files.isRegularFile(info)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(info, StandardCharsets.UTF_8);
      String[] size = lines.get(0).split(" ");
      List<Variant> variants = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] v = line.split(" ");
        variants.add(new Variant(Integer.parseInt(v[0]), Integer.parseInt(v[1]), v[2]));
      }
      ProcessedPhoto photo = new ProcessedPhoto(key, Integer.parseInt(size[0]), Integer.parseInt(size[1]), variants);
      for (Variant v : variants) {
        if (!Files.isRegularFile(file(key, v))) {
          return Optional.empty();
        }
      }
      return variants.isEmpty() ? Optional.empty() : Optional.of(photo);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged entry is processed again
    }
  }

  /** Stores the output; false when the folder cannot be written (the build then keeps it in memory). */
  boolean store(PhotoProcessor.Output output) {
    ProcessedPhoto photo = output.photo();
    try {
      Path folder = dir.resolve(photo.key());
      Files.createDirectories(folder);
      StringBuilder info = new StringBuilder(photo.width() + " " + photo.height() + "\n");
      for (int i = 0; i < photo.variants().size(); i++) {
        Variant v = photo.variants().get(i);
        write(file(photo.key(), v), output.bytes().get(i));
        info.append(v.width()).append(' ').append(v.height()).append(' ').append(v.extension()).append('\n');
      }
      write(folder.resolve("info.txt"), info.toString().getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  byte[] read(String key, Variant v) throws IOException {
    return Files.readAllBytes(file(key, v));
  }

  private Path file(String key, Variant v) {
    return dir.resolve(key).resolve(v.width() + "w." + v.extension());
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".tmp-", "");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

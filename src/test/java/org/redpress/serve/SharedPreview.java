package org.redpress.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One preview of the fixture site shared by the test classes that only read from it (static
 * files, path safety, search API), so the site is built once per test run.
 */
final class SharedPreview {

  private static PreviewFixture fixture;

  private SharedPreview() {}

  static synchronized PreviewFixture get() {
    if (fixture == null) {
      try {
        Path dir = Files.createTempDirectory("redpress-serve-");
        fixture = PreviewFixture.start(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          fixture.close();
          delete(dir);
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fixture;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}

package org.redpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.output.OutputFile;

/**
 * Builds each fixture site under {@code src/test/resources/sites/<case>/} with the real
 * templates and compares the output with {@code expected/site/} byte for byte, and the
 * diagnostics with {@code expected/diagnostics.txt}. Run with {@code -Dredpress.updateGolden=true}
 * to rewrite the expected files, then review the diff in git.
 */
class SiteGoldenTest {

  private static final Path SITES = Path.of("src/test/resources/sites");
  private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
  private static final boolean UPDATE = Boolean.getBoolean("redpress.updateGolden");
  /** Text outputs worth reviewing as golden files; binary assets are covered by their hashes in the HTML. */
  private static final List<String> GOLDEN_EXTENSIONS = List.of(".html", ".xml", ".txt");

  @TempDir Path out;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(SITES)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("content")))
          .map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildsTheFixtureExactlyAsExpected(String name) throws IOException {
    Path fixture = SITES.resolve(name).toAbsolutePath();
    PipelineOptions options = new PipelineOptions(fixture, fixture.resolve("content"), TEMPLATES,
        out.resolve("site"), false, false, null, LocalDate.of(2026, 1, 1));
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new Pipeline(options).build(diagnostics);

    Messages zh = Messages.forLanguage("zh");
    String diagnosticsText = diagnostics.sorted().stream().map(d -> d.format(zh) + "\n").collect(Collectors.joining());
    Map<String, String> actual = new TreeMap<>();
    for (OutputFile f : result.files()) {
      if (result.written().isPresent() && GOLDEN_EXTENSIONS.stream().anyMatch(f.path()::endsWith)) {
        actual.put(f.path(), f.text());
      }
    }
    Path expected = SITES.resolve(name).resolve("expected");
    if (UPDATE) {
      rewrite(expected, actual, diagnosticsText);
    }
    assertThat(diagnosticsText).isEqualTo(read(expected.resolve("diagnostics.txt")));
    assertThat(actual).isEqualTo(expectedSite(expected.resolve("site")));
  }

  private static Map<String, String> expectedSite(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static void rewrite(Path expected, Map<String, String> site, String diagnostics) throws IOException {
    if (Files.exists(expected)) {
      try (Stream<Path> walk = Files.walk(expected)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(expected);
    Files.writeString(expected.resolve("diagnostics.txt"), diagnostics, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> f : site.entrySet()) {
      Path p = expected.resolve("site").resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
  }
}

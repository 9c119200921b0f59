package org.redpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;

/**
 * Writes a small project into a directory from one text block of {@code -- path --} sections
 * (Hugo's txtar style), so a test shows its whole input on one screen. A minimal valid
 * {@code content/site.yaml} is added unless the text has one, and the repository's templates.
 */
public final class TestSite {

  public static final String SITE_YAML = """
      title: 测试站点
      description: 用于测试
      baseUrl: https://example.org/
      pagination: 2
      programs:
        - {key: fortress, name: 强堡垒, title: 党建引领强堡垒工程}
        - {key: development, name: 促发展, title: 党建引领促发展工程}
        - {key: livelihood, name: 惠民生, title: 党建引领惠民生工程}
      venueTypes:
        - {key: station, name: 红色加油站, count: 36}
        - {key: study-point, name: 楼宇学习点, count: 20}
      """;

  private TestSite() {}

  /** Writes the sections under {@code dir} and returns it. */
  public static Path write(Path dir, String txtar) {
    try {
      String path = null;
      StringBuilder body = new StringBuilder();
      boolean hasSite = false;
      for (String line : txtar.split("\n", -1)) {
        if (line.startsWith("-- ") && line.endsWith(" --")) {
          if (path != null) {
            writeFile(dir.resolve(path), body.toString());
          }
          path = line.substring(3, line.length() - 3).strip();
          hasSite |= path.equals("content/site.yaml");
          body.setLength(0);
        } else if (path != null) {
          body.append(line).append('\n');
        }
      }
      if (path != null) {
        writeFile(dir.resolve(path), body.toString());
      }
      if (!hasSite) {
        writeFile(dir.resolve("content/site.yaml"), SITE_YAML);
      }
      copyTemplates(dir.resolve("templates"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The theme of this repository, so a test site renders like the real one. */
  private static void copyTemplates(Path target) throws IOException {
    Path source = Path.of("templates").toAbsolutePath();
    if (!Files.exists(target) && Files.isDirectory(source)) {
      copyTree(source, target);
    }
  }

  /** Copies the files under {@code source} to the same relative paths under {@code target}. */
  public static void copyTree(Path source, Path target) throws IOException {
    try (var walk = Files.walk(source)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path dest = target.resolve(source.relativize(p).toString());
        Files.createDirectories(dest.getParent());
        Files.copy(p, dest);
      }
    }
  }

  /**
   * The site model of the project in {@code dir} as the build makes it, dated 2026-01-01, with
   * drafts and future records when asked for.
   */
  public static SiteModel model(Path dir, boolean drafts, boolean future, Diagnostics diagnostics) {
    PipelineOptions options = PipelineOptions.forProject(dir).withPublishing(drafts, future)
        .withToday(LocalDate.of(2026, 1, 1));
    return new Pipeline(options).model(diagnostics)
        .orElseThrow(() -> new AssertionError("content did not load: " + diagnostics.sorted()));
  }

  public static void writeFile(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  public static void writeBytes(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}

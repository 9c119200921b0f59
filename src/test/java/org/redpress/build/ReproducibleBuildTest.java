package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;

/** Two builds of the same input are byte-identical, wherever the project lives. */
class ReproducibleBuildTest {

  @TempDir Path dir;

  @Test
  void buildsTheAllianceSiteIdenticallyTwiceFromDifferentCopies() throws IOException {
    Path a = copyProject(dir.resolve("first/checkout"));
    Path b = copyProject(dir.resolve("second/elsewhere/checkout"));
    Map<String, String> first = build(a);
    Map<String, String> second = build(b);
    assertThat(first).isNotEmpty().containsKey("index.html").containsKey("sitemap.xml");
    assertThat(second.keySet()).isEqualTo(first.keySet());
    assertThat(second).isEqualTo(first);
    assertThat(String.join("", first.values())).doesNotContain(a.toString()).doesNotContain("/tmp/");
  }

  private static Map<String, String> build(Path project) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    PipelineOptions options = PipelineOptions.forProject(project).withToday(LocalDate.of(2026, 1, 1));
    BuildResult result = new Pipeline(options).build(diagnostics);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    assertThat(result.written()).isPresent();
    return BadInputTest.snapshot(project.resolve("site"));
  }

  /** Copies content/ and templates/ of this repository, touching files in reverse order. */
  private static Path copyProject(Path target) throws IOException {
    for (String part : new String[] {"content", "templates"}) {
      Path source = Path.of(part).toAbsolutePath();
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Path dest = target.resolve(part).resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(dest);
          } else {
            Files.createDirectories(dest.getParent());
            Files.copy(p, dest);
          }
        }
      }
    }
    return target;
  }
}

package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

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

  /** Copies content/ and templates/ of this repository. */
  private static Path copyProject(Path target) throws IOException {
    for (String part : new String[] {"content", "templates"}) {
      TestSite.copyTree(Path.of(part).toAbsolutePath(), target.resolve(part));
    }
    return target;
  }

}

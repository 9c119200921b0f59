package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.testing.TestSite;

/** The markup photos, galleries, card covers, PDF thumbnails and video players add is valid HTML (Nu checker). */
class PhotoPagesValidityTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/photos/content").toAbsolutePath();

  @TempDir Path project;

  @Test
  void everyPageOfThePhotosFixtureIsValidHtml() throws Exception {
    TestSite.copyTree(FIXTURE, project.resolve("content"));
    PipelineOptions options = new PipelineOptions(project, project.resolve("content"),
        Path.of("templates").toAbsolutePath(), project.resolve("site"), false, false, null,
        LocalDate.of(2026, 1, 1), false);
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new Pipeline(options).build(diagnostics);
    assertThat(diagnostics.hasErrors()).isFalse();
    NuHtmlChecker checker = new NuHtmlChecker();
    List<String> errors = new ArrayList<>();
    int checked = 0;
    for (OutputFile f : result.files()) {
      if (f.path().endsWith(".html") && (f.path().startsWith("practices/") || f.path().startsWith("materials/"))) {
        checker.check(f.path(), f.text()).errors().forEach(e -> errors.add(f.path() + ": " + e));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(4);
    assertThat(errors).isEmpty();
  }
}

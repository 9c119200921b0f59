package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

class OutputDirPolicyTest {

  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void project() throws IOException {
    project = dir.resolve("project");
    TestSite.write(project, "");
    Files.createDirectories(project.resolve("templates"));
    Files.createDirectories(project.resolve(".git"));
  }

  private String verdict(Path out) {
    Diagnostics diagnostics = new Diagnostics();
    boolean safe = new OutputDirPolicy(PipelineOptions.forProject(project).withOutDir(out)).isSafe(diagnostics);
    return safe ? "safe" : diagnostics.sorted().stream().map(Diagnostic::code).findFirst().orElseThrow();
  }

  @Test
  void refusesTheSourcesTheirInsidesAndTheirAncestors() {
    assertThat(verdict(project)).isEqualTo("E-OUT-DIR");
    assertThat(verdict(project.resolve("content"))).isEqualTo("E-OUT-DIR");
    assertThat(verdict(project.resolve("content/site"))).isEqualTo("E-OUT-DIR");
    assertThat(verdict(project.resolve("templates/out"))).isEqualTo("E-OUT-DIR");
    assertThat(verdict(project.resolve(".git"))).isEqualTo("E-OUT-DIR");
    assertThat(verdict(project.resolve(".git/site"))).isEqualTo("E-OUT-DIR");
    assertThat(verdict(dir)).isEqualTo("E-OUT-DIR");
    assertThat(verdict(Path.of("/"))).isEqualTo("E-OUT-DIR");
  }

  @Test
  void refusesAPathThatReachesTheSourcesThroughASymbolicLink() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(elsewhere.resolve("alias"), project.resolve("content"));
    Files.createSymbolicLink(elsewhere.resolve("up"), project);

    assertThat(verdict(elsewhere.resolve("alias"))).isEqualTo("E-OUT-DIR");
    assertThat(verdict(elsewhere.resolve("alias/site"))).as("inside content/ through the link").isEqualTo("E-OUT-DIR");
    assertThat(verdict(elsewhere.resolve("up/content"))).isEqualTo("E-OUT-DIR");
  }

  @Test
  void refusesAFolderWithFilesRedpressDidNotWriteAndAFile() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(mine.resolve("thesis.docx"), "years of work");
    Files.writeString(dir.resolve("notes.txt"), "x");

    assertThat(verdict(mine)).isEqualTo("E-OUT-DIR-FOREIGN");
    assertThat(verdict(dir.resolve("notes.txt"))).isEqualTo("E-OUT-DIR-FILE");
  }

  @Test
  void acceptsAMissingOrEmptyFolderAndASiteRedpressWrote() throws IOException {
    assertThat(verdict(project.resolve("site"))).isEqualTo("safe");
    assertThat(verdict(Files.createDirectories(dir.resolve("empty")))).isEqualTo("safe");
    Path written = Files.createDirectories(dir.resolve("public"));
    Files.writeString(written.resolve("index.html"), "<p>");
    Files.writeString(written.resolve(OutputDirPolicy.MARKER), AtomicSiteWriter.MARKER_TEXT);
    assertThat(verdict(written)).isEqualTo("safe");
  }

  @Test
  void aBuildIntoSomeoneElsesFolderFailsAndLeavesItAsItWas() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(mine.resolve("thesis.docx"), "years of work");
    Diagnostics diagnostics = new Diagnostics();

    BuildResult result = new Pipeline(PipelineOptions.forProject(project).withOutDir(mine)
        .withToday(LocalDate.of(2026, 1, 1))).build(diagnostics);

    assertThat(result.written()).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-OUT-DIR-FOREIGN");
    try (var files = Files.list(mine)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("thesis.docx");
    }
    assertThat(mine.resolve("thesis.docx")).hasContent("years of work");
  }
}

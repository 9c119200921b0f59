package org.redpress.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;
import org.redpress.testing.TestSite;

/** Builds a model from a project directory and renders it with given templates, all in memory. */
final class RenderFixture {

  /** The project's real theme, relative to the Maven working directory. */
  static final Path THEME = Path.of("templates").toAbsolutePath();

  private RenderFixture() {}

  /** The project of {@code txtar} written under {@code dir} (see {@link TestSite}). */
  static Path project(Path dir, String txtar) {
    return TestSite.write(dir, txtar);
  }

  static SiteModel model(Path projectDir, Diagnostics diagnostics) {
    return TestSite.model(projectDir, false, false, diagnostics);
  }


  /** Every file the render steps produce, sorted by path. */
  static List<OutputFile> render(Path projectDir, Path templatesDir, Diagnostics diagnostics) {
    SiteModel model = model(projectDir, diagnostics);
    List<OutputFile> out = new ArrayList<>();
    for (OutputStep step : renderer(projectDir, templatesDir, model).steps()) {
      out.addAll(step.produce(model, diagnostics));
    }
    out.sort(Comparator.comparing(OutputFile::path));
    return out;
  }

  /** A renderer of {@code model} with the templates of {@code templatesDir}. */
  static SiteRenderer renderer(Path projectDir, Path templatesDir, SiteModel model) {
    return new SiteRenderer(model, templatesDir, projectDir.resolve("content"), new MarkdownMemo());
  }

  /** A copy of the real theme under {@code dir}, for tests that change or remove a file of it. */
  static Path copyOfTheme(Path dir) {
    try {
      TestSite.copyTree(THEME, dir);
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }


  static OutputFile file(List<OutputFile> files, String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no output file " + path + " among "
            + files.stream().map(OutputFile::path).toList()));
  }
}

package org.redpress.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.model.SiteModel;
import org.redpress.render.SiteRenderer;
import org.redpress.testing.TestSite;

/** A real but tiny site model and its renderer, for tests that need one to exist. */
final class TestModels {

  private static Path dir;
  private static SiteModel empty;

  private TestModels() {}

  static synchronized SiteModel empty() {
    if (empty == null) {
      try {
        dir = Files.createTempDirectory("redpress-model-");
        TestSite.write(dir, "-- content/pages/about.md --\n---\ntitle: 关于\n---\n简介。\n");
        empty = new Pipeline(PipelineOptions.forProject(dir)).model(new Diagnostics()).orElseThrow();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return empty;
  }

  /** A renderer of {@link #empty()} with the real theme, or with the templates of {@code templates}. */
  static SiteRenderer renderer(Path templates) {
    SiteModel model = empty();
    return new SiteRenderer(model, templates, dir.resolve("content"), new MarkdownMemo());
  }

  static SiteRenderer renderer() {
    return renderer(PreviewFixture.THEME);
  }
}

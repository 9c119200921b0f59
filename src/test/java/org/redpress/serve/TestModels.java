package org.redpress.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.testing.TestSite;

/** A real but tiny site model, for tests that need one to exist and never look inside it. */
final class TestModels {

  private static SiteModel empty;

  private TestModels() {}

  static synchronized SiteModel empty() {
    if (empty == null) {
      try {
        Path dir = Files.createTempDirectory("redpress-model-");
        TestSite.write(dir, "");
        empty = new Pipeline(PipelineOptions.forProject(dir)).model(new Diagnostics()).orElseThrow();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return empty;
  }
}

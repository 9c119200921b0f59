package org.redpress.render;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

/** A fixture project rendered with the real theme, with helpers to look at its files. */
record RenderedSite(List<OutputFile> files, Diagnostics diagnostics) {

  static RenderedSite of(Path dir, String txtar) {
    Path project = RenderFixture.project(dir, txtar);
    Diagnostics diagnostics = new Diagnostics();
    return new RenderedSite(RenderFixture.render(project, RenderFixture.THEME, diagnostics), diagnostics);
  }

  String text(String path) {
    return RenderFixture.file(files, path).text();
  }

  Document html(String path) {
    return Jsoup.parse(text(path));
  }

  boolean has(String path) {
    return files.stream().anyMatch(f -> f.path().equals(path));
  }

  List<OutputFile> htmlFiles() {
    return files.stream().filter(f -> f.path().endsWith(".html")).toList();
  }
}

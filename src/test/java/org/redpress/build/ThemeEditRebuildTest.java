package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.testing.TestSite;

/** A rebuild with the previous build's cache picks up edits of the message file and the sitemap template. */
class ThemeEditRebuildTest {

  @TempDir Path dir;
  private final BuildCache cache = new BuildCache();

  @BeforeEach
  void writeSite() {
    TestSite.write(dir, """
        -- content/venues/hall.yaml --
        name: 展览馆
        type: station
        address: 开发区
        -- content/practices/a.md --
        ---
        {title: 拆迁, date: 2018-06-30, program: development, venues: [hall]}
        ---
        正文。
        """);
  }

  @Test
  void aWordOnlyATemplateAsksForReachesEveryPageOfTheRebuild() throws IOException {
    build(cache);
    // facts.address is printed by t(…) in a partial, so no view changes: only the theme's digest can tell.
    replace("templates/i18n/zh.yaml", "  address: 地址\n", "  address: 详细地址\n");
    Map<String, String> incremental = build(cache);
    assertThat(incremental).isEqualTo(build(new BuildCache()));
    assertThat(incremental.get("venues/hall/index.html")).contains("<dt>详细地址</dt>");
  }

  @Test
  void anEditedSitemapTemplateReachesTheRebuiltSitemap() throws IOException {
    build(cache);
    replace("templates/sitemap.ftlx", "</loc>", "</loc><changefreq>weekly</changefreq>");
    assertThat(build(cache).get("sitemap.xml")).contains("<changefreq>weekly</changefreq>");
  }

  private Map<String, String> build(BuildCache with) {
    Diagnostics diagnostics = new Diagnostics();
    PipelineOptions options = PipelineOptions.forProject(dir).withToday(LocalDate.of(2026, 1, 1));
    BuildResult result = new Pipeline(options, Progress.NONE, with).check(diagnostics);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    Map<String, String> pages = new TreeMap<>();
    for (OutputFile f : result.files()) {
      if (f.path().endsWith(".html") || f.path().equals("sitemap.xml")) {
        pages.put(f.path(), f.text());
      }
    }
    return pages;
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }
}

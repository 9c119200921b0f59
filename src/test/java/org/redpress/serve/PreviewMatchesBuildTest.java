package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.render.SiteRenderer;
import org.redpress.testing.TestSite;

/**
 * Every file the preview serves is byte for byte the file {@code build} writes: over whole fixture
 * sites, and again after each kind of edit, with one rebuilder kept across the edits and told
 * what was saved, as the preview keeps and tells it (so reused parses are exercised too).
 */
class PreviewMatchesBuildTest {

  private static final Path SITES = Path.of("src/test/resources/sites").toAbsolutePath();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"minimal", "learning-path", "subpath", "photos"})
  void everyFileOfAFixtureSiteIsTheBuildsFile(String site) throws IOException {
    PipelineOptions options = project(site);
    assertPreviewIsBuild(options, new PreviewRebuilder(options), Set.of());
  }

  @Test
  void afterEachKindOfEditThePreviewIsStillTheBuild() throws IOException {
    PipelineOptions options = project("minimal");
    PreviewRebuilder rebuilder = new PreviewRebuilder(options);
    Path content = options.contentDir();
    Path templates = options.templatesDir();
    assertPreviewIsBuild(options, rebuilder, Set.of());

    // Each rebuild is told what was saved, as the watcher tells it: the other files are kept unread.
    Path relocation = content.resolve("practices/relocation.md");
    edit(relocation, "支部带头", "支部书记带头");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(relocation))).as("body").contains("支部书记带头");

    edit(relocation, "title: 一个月完成拆迁", "title: 两个月完成拆迁");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(relocation))).as("title").contains("两个月完成拆迁");

    edit(relocation, "tags: [书记项目, 拆迁]", "tags: [书记项目, 征收]");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(relocation))).as("tags").contains("征收");

    Path added = content.resolve("practices/added.md");
    Files.writeString(added,
        "---\ntitle: 新加的案例\ndate: 2019-01-02\nprogram: fortress\ntags: [征收]\n---\n新的正文。\n");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(added))).as("add").contains("新加的案例");

    Files.delete(added);
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(added))).as("delete").doesNotContain("新加的案例");

    Path record = templates.resolve("record.ftlh");
    edit(record, "</article>", "<p>记录模板已修改</p></article>");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(record))).as("template").contains("记录模板已修改");

    Path layout = templates.resolve("layout.ftlh");
    edit(layout, "</body>", "<!-- 布局已修改 --></body>");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(layout))).as("layout").contains("布局已修改");

    Path siteYaml = content.resolve("site.yaml");
    Path words = templates.resolve("i18n/zh.yaml");
    edit(words, "organization: 组织与联盟", "organization: 党的基层组织");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(words))).as("the theme's words").contains("党的基层组织");

    Path sitemap = templates.resolve("sitemap.ftlx");
    edit(sitemap, "</urlset>", "<!-- 站点地图已修改 --></urlset>");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(sitemap))).as("sitemap template").contains("站点地图已修改");

    edit(siteYaml, "title: 测试联盟", "title: 改名的联盟");
    assertThat(assertPreviewIsBuild(options, rebuilder, Set.of(siteYaml))).as("site.yaml").contains("改名的联盟");
  }

  /** A copy of fixture {@code site} with a copy of the real theme, built as the golden test builds it. */
  private PipelineOptions project(String site) throws IOException {
    Path project = dir.resolve(site);
    TestSite.copyTree(SITES.resolve(site).resolve("content"), project.resolve("content"));
    TestSite.copyTree(PreviewFixture.THEME, project.resolve("templates"));
    return new PipelineOptions(project, project.resolve("content"), project.resolve("templates"),
        project.resolve("site"), false, false, null, LocalDate.of(2026, 1, 1), false);
  }

  /**
   * Builds, rebuilds the preview, and compares every file; returns the built HTML and XML joined,
   * so a caller can check the edit reached the output.
   */
  private static String assertPreviewIsBuild(PipelineOptions options, PreviewRebuilder rebuilder, Set<Path> saved) {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult built = new Pipeline(options).check(diagnostics);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    BuildOutcome outcome = rebuilder.rebuild(saved);
    assertThat(outcome.ok()).as(outcome.diagnostics().toString()).isTrue();
    SiteRenderer renderer = outcome.site().orElseThrow();
    Generation preview = new Generation(renderer, 0);

    TreeMap<String, String> expected = new TreeMap<>();
    TreeMap<String, String> served = new TreeMap<>();
    List<OutputFile> search = outcome.search().build(() -> false).orElseThrow().files();
    Set<String> searchPaths = new HashSet<>(search.stream().map(OutputFile::path).toList());
    for (OutputFile f : built.files()) {
      String bytes = HexFormat.of().formatHex(f.bytes());
      expected.put(f.path(), bytes);
      if (searchPaths.contains(f.path())) {
        continue;
      }
      served.put(f.path(), preview.file(f.path()).file()
          .map(s -> HexFormat.of().formatHex(s.bytes())).orElse("(not served)"));
    }
    search.forEach(f -> served.put(f.path(), HexFormat.of().formatHex(f.bytes())));
    assertThat(served).isEqualTo(expected);
    assertThat(renderer.pageCount()).isEqualTo(built.pageCount());
    StringBuilder text = new StringBuilder();
    built.files().stream().filter(f -> f.path().endsWith(".html") || f.path().endsWith(".xml"))
        .forEach(f -> text.append(f.text()));
    return text.toString();
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}

package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.testing.TestSite;

/**
 * A rebuild with the previous build's cache re-renders exactly the pages whose output changed —
 * checked against two independent full builds — and gives the same bytes as a full build.
 */
class IncrementalBuildTest {

  @TempDir Path dir;
  private final BuildCache cache = new BuildCache();

  @BeforeEach
  void writeSite() {
    TestSite.write(dir, """
        -- content/organizations/branch.yaml --
        name: 立发桥村党支部
        -- content/venues/hall.yaml --
        name: 展览馆
        type: station
        -- content/practices/a.md --
        ---
        {title: 拆迁, date: 2018-06-30, program: development, organization: branch, venues: [hall], tags: [书记项目], summary: 一个月完成。}
        ---
        正文甲。
        -- content/practices/b.md --
        ---
        {title: 开工, date: 2018-05-01, program: development, tags: [书记项目], summary: 保障开工。}
        ---
        正文乙。
        -- content/materials/l1.md --
        ---
        {title: 第一课, date: 2018-01-01, kind: course, series: intro, order: 1, summary: 入门。}
        ---
        -- content/materials/l2.md --
        ---
        {title: 第二课, date: 2018-01-02, kind: course, series: intro, order: 2, summary: 进阶。}
        ---
        """);
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

  /** Applies {@code change}, rebuilds incrementally and checks it against full builds. */
  private Set<String> rebuiltAfter(Change change) throws IOException {
    Map<String, String> before = build(cache);
    change.apply();
    Map<String, String> incremental = build(cache);
    Map<String, String> full = build(new BuildCache());
    assertThat(incremental).isEqualTo(full);
    Set<String> changed = new TreeSet<>();
    full.forEach((path, html) -> {
      if (path.endsWith(".html") && !html.equals(before.get(path))) {
        changed.add(path);
      }
    });
    Set<String> rendered = cache.pages().renderedInLastBuild();
    assertThat(rendered).isEqualTo(changed);
    return rendered;
  }

  private interface Change {
    void apply() throws IOException;
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    Files.writeString(p, Files.readString(p).replace(from, to));
  }

  @Test
  void editingABodyRerendersOnlyThatRecordsPage() throws IOException {
    assertThat(rebuiltAfter(() -> replace("content/practices/a.md", "正文甲。", "正文甲，改过了。")))
        .containsExactly("practices/a/index.html");
  }

  @Test
  void retitlingAPracticeRerendersItsListsTermsAndReverseLinks() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> replace("content/practices/a.md", "title: 拆迁", "title: 一个月拆迁"));
    assertThat(rendered).contains("practices/a/index.html", "practices/index.html", "index.html",
        "programs/development/index.html", "years/2018/index.html", "venues/hall/index.html",
        "organizations/branch/index.html", "practices/b/index.html");
    assertThat(rendered).doesNotContain("materials/l1/index.html", "series/intro/index.html", "404.html");
  }

  @Test
  void addingARecordRerendersTheListsItJoins() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> TestSite.writeFile(dir.resolve("content/practices/c.md"),
        "---\n{title: 新案例, date: 2018-07-01, program: fortress, summary: 新。}\n---\n"));
    assertThat(rendered).contains("practices/c/index.html", "practices/index.html", "programs/fortress/index.html");
    assertThat(rendered).doesNotContain("materials/l1/index.html");
  }

  @Test
  void deletingARecordDropsItsPageAndRerendersTheListsItLeft() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> Files.delete(dir.resolve("content/practices/b.md")));
    assertThat(rendered).contains("practices/index.html").doesNotContain("practices/b/index.html");
    assertThat(build(cache)).doesNotContainKey("practices/b/index.html");
  }

  @Test
  void editingAPageTemplateRerendersOnlyThePagesUsingIt() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> replace("templates/series.ftlh", "</h1>", "</h1><!-- 改 -->"));
    assertThat(rendered).isNotEmpty().allMatch(p -> p.startsWith("series/"));
  }

  @Test
  void editingTheLayoutRerendersEveryPage() throws IOException {
    Map<String, String> before = build(cache);
    replace("templates/layout.ftlh", "</body>", "<!-- 改 --></body>");
    build(cache);
    assertThat(cache.pages().renderedInLastBuild())
        .isEqualTo(before.keySet().stream().filter(p -> p.endsWith(".html")).collect(Collectors.toSet()));
  }

  @Test
  void editingABodyBuildsTheViewsOfOnlyThePagesThatShowTheRecord() throws IOException {
    build(cache);
    replace("content/practices/a.md", "正文甲。", "正文甲，又改了。");
    build(cache);
    assertThat(cache.pages().viewedInLastBuild())
        .contains("practices/a/index.html", "practices/index.html", "practices/b/index.html")
        .doesNotContain("materials/l1/index.html", "materials/l2/index.html", "series/intro/index.html",
            "materials/index.html");
  }

  @Test
  void renamingAnOrganizationRerendersThePagesNamingIt() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> replace("content/organizations/branch.yaml", "name: 立发桥村党支部",
        "name: 立发桥社区党委"));
    assertThat(rendered).contains("organizations/branch/index.html", "practices/a/index.html")
        .doesNotContain("practices/b/index.html");
  }

  @Test
  void redatingAPracticeReordersTheListsItIsIn() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> replace("content/practices/b.md", "date: 2018-05-01", "date: 2019-05-01"));
    assertThat(rendered).contains("practices/b/index.html", "practices/index.html", "years/2019/index.html");
  }

  @Test
  void retaggingAPracticeMovesItBetweenTermPages() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> replace("content/practices/b.md", "tags: [书记项目]", "tags: [为民办事]"));
    assertThat(rendered).contains("practices/b/index.html", "tags/书记项目/index.html", "tags/为民办事/index.html");
  }

  @Test
  void reorderingLessonsRerendersTheirNeighboursAndTheSeries() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> {
      replace("content/materials/l1.md", "order: 1", "order: 3");
    });
    assertThat(rendered).contains("materials/l1/index.html", "materials/l2/index.html", "series/intro/index.html");
  }

  @Test
  void turningARecordIntoADraftRemovesItFromThePagesThatShowedIt() throws IOException {
    Set<String> rendered = rebuiltAfter(() -> replace("content/practices/b.md", "summary: 保障开工。",
        "summary: 保障开工。, status: draft"));
    assertThat(rendered).contains("practices/a/index.html", "practices/index.html")
        .doesNotContain("practices/b/index.html");
  }

  @Test
  void aReusedBodyReportsItsWarningsOnEveryBuild() throws IOException {
    replace("content/practices/a.md", "正文甲。", "正文甲。<script>alert(1)</script>");
    for (int i = 0; i < 2; i++) {
      Diagnostics diagnostics = new Diagnostics();
      new Pipeline(PipelineOptions.forProject(dir), Progress.NONE, cache).check(diagnostics);
      assertThat(diagnostics.sorted()).as("build " + i)
          .anySatisfy(d -> assertThat(d.code()).isEqualTo("W-HTML-REMOVED"));
    }
  }

  @Test
  void forgettingAFewRendersOnePageAgainAndChangesNoByte() {
    Map<String, String> before = build(cache);
    int parsed = cache.content().size();
    cache.forgetAFew();
    assertThat(cache.content().size()).isEqualTo(parsed - 1);
    Map<String, String> after = build(cache);
    assertThat(cache.pages().renderedInLastBuild()).hasSize(1);
    assertThat(cache.content().size()).isEqualTo(parsed);
    assertThat(after).isEqualTo(before);
  }
}

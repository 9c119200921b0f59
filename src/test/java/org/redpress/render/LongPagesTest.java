package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;

/** A busy organization's page stays a page, and a tag used once gets no page of its own. */
class LongPagesTest {

  @TempDir Path dir;

  private static String site(int practices, String tagsConfig) {
    String records = IntStream.rangeClosed(1, practices).mapToObj(i -> """
        -- content/practices/p%02d.md --
        ---
        title: 实践%02d
        date: 2018-06-%02d
        program: livelihood
        organization: org
        tags: [%s]
        ---
        正文。
        """.formatted(i, i, i, i <= 2 ? "书记项目" : "单独标签" + i)).collect(Collectors.joining());
    return """
        -- content/site.yaml --
        title: 测试联盟
        baseUrl: https://example.org/
        pagination: 4
        programs:
          - {key: livelihood, name: 惠民生, title: 党建引领惠民生工程}
        %s
        -- content/organizations/org.yaml --
        name: 开发区党工委
        kind: 党工委
        """.formatted(tagsConfig) + records;
  }

  @Test
  void anOrganizationPageShowsSixOfEachKindAndLinksToTheirPaginatedList() {
    RenderedSite site = RenderedSite.of(dir, site(9, ""));
    Document org = site.html("organizations/org/index.html");
    assertThat(org.select(".backlinks .card")).hasSize(RecordViews.BACKLINKS_SHOWN);
    assertThat(org.select(".backlinks .more a").attr("href")).isEqualTo("/organizations/org/practices/");
    assertThat(org.select(".backlinks .more a").text()).isEqualTo("查看全部 9 条");

    Document first = site.html("organizations/org/practices/index.html");
    assertThat(first.select("h1").text()).isEqualTo("开发区党工委：本组织的实践案例");
    assertThat(first.select(".card")).hasSize(4);
    assertThat(first.select(".crumbs a").eachAttr("href")).containsExactly("/", "/organizations/", "/organizations/org/");
    assertThat(site.html("organizations/org/practices/page/3/index.html").select(".card")).hasSize(1);
    assertThat(site.has("organizations/org/practices/page/4/index.html")).isFalse();

    Diagnostics links = new Diagnostics();
    new LinkChecker().check(site.files(), "/", links);
    assertThat(links.sorted()).isEmpty();
  }

  @Test
  void aShortListOfReverseLinksHasNoFullListPage() {
    RenderedSite site = RenderedSite.of(dir, site(RecordViews.BACKLINKS_SHOWN, ""));
    assertThat(site.html("organizations/org/index.html").select(".backlinks .more")).isEmpty();
    assertThat(site.has("organizations/org/practices/index.html")).isFalse();
  }

  @Test
  void aTagOnOneRecordIsShownButGetsNoPageUnlessEditorsKeepIt() {
    RenderedSite site = RenderedSite.of(dir, site(3, "tags: {keep: [单独标签3]}"));
    assertThat(site.has("tags/书记项目/index.html")).as("two records").isTrue();
    assertThat(site.has("tags/单独标签3/index.html")).as("kept by site.yaml").isTrue();
    Document page = RenderedSite.of(dir.resolve("b"), site(3, "")).html("practices/p03/index.html");
    assertThat(page.select(".tags a.tag")).isEmpty();
    assertThat(page.select(".tags span.tag").text()).isEqualTo("单独标签3");
    assertThat(RenderedSite.of(dir.resolve("c"), site(3, "")).has("tags/单独标签3/index.html")).isFalse();
  }

  @Test
  void theMaterialsFilterNamesAFewLearningPathsAndLinksToTheRest() {
    int paths = MaterialFilters.PATHS_SHOWN + 3;
    String lessons = IntStream.rangeClosed(1, paths).mapToObj(i -> """
        -- content/materials/lesson-%02d.md --
        ---
        title: 第%d条路径的第一课
        date: 2018-01-%02d
        kind: course
        series: path-%02d
        order: 1
        ---
        内容。
        """.formatted(i, i, i, i)).collect(Collectors.joining());
    String series = IntStream.rangeClosed(1, paths)
        .mapToObj(i -> "  - {key: path-%02d, title: 路径%d}\n".formatted(i, i)).collect(Collectors.joining());
    RenderedSite site = RenderedSite.of(dir, """
        -- content/site.yaml --
        title: 测试联盟
        baseUrl: https://example.org/
        pagination: 4
        programs:
          - {key: livelihood, name: 惠民生}
        series:
        """ + series + lessons);
    for (String page : new String[] {"materials/index.html", "materials/page/2/index.html"}) {
      Document list = site.html(page);
      var row = list.select(".filter-row").last();
      assertThat(row.select("a")).as(page).hasSize(MaterialFilters.PATHS_SHOWN + 1);
      assertThat(row.select("a").last().attr("href")).isEqualTo("/series/");
      assertThat(row.select("a").last().text()).isEqualTo("全部 " + paths + " 条学习路径");
    }
    Diagnostics links = new Diagnostics();
    new LinkChecker().check(site.files(), "/", links);
    assertThat(links.sorted()).isEmpty();
  }
}

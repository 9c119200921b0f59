package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;

/** A site published under {@code https://example.org/alliance/}: every page kind, every link. */
class SubPathSiteTest {

  @TempDir static Path dir;
  static RenderedSite site;

  @BeforeAll
  static void render() {
    site = RenderedSite.of(dir, Fixtures.ALLIANCE);
  }

  @Test
  void everyInternalLinkCarriesTheBasePath() {
    for (OutputFile file : site.htmlFiles()) {
      Document doc = site.html(file.path());
      for (Element el : doc.select("[href], [src], form[action]")) {
        String url = el.hasAttr("href") ? el.attr("href") : el.hasAttr("src") ? el.attr("src") : el.attr("action");
        // The ICP link and a venue's map-app and tel: links are the theme's only outside links.
        if (url.startsWith("#") || url.startsWith("https://beian.miit.gov.cn/") || url.startsWith("tel:")
            || url.startsWith("https://uri.amap.com/") || url.startsWith("https://api.map.baidu.com/")
            || url.startsWith("https://apis.map.qq.com/")) {
          continue;
        }
        assertThat(url).as(file.path() + ": " + el.outerHtml())
            .satisfiesAnyOf(u -> assertThat(u).startsWith("/alliance/"),
                u -> assertThat(u).startsWith("https://example.org/alliance/"));
      }
    }
  }

  @Test
  void theLinkCheckerFindsNothingBroken() {
    Diagnostics diagnostics = new Diagnostics();
    int checked = new LinkChecker().check(site.files(), "/alliance/", diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void aBrokenBodyLinkIsReportedWhereTheEditorWroteItWithoutTheBasePath(@TempDir Path other) {
    Path project = RenderFixture.project(other, Fixtures.ALLIANCE);
    SiteModel model = RenderFixture.model(project, new Diagnostics());
    List<OutputFile> withoutAbout = site.files().stream().filter(f -> !f.path().equals("about/index.html")).toList();
    Diagnostics diagnostics = new Diagnostics();

    new LinkChecker().check(withoutAbout, "/alliance/", new RecordLinkSources(model, project), diagnostics);

    assertThat(diagnostics.sorted()).filteredOn(d -> d.args().get(0).equals("/alliance/about/"))
        .extracting(d -> d.at().toString())
        .contains("content/practices/evil.md:" + lineOf(project.resolve("content/practices/evil.md"), "(/about/)") + ":10")
        .as("the theme's own links to the page stay at their pages").anyMatch(at -> at.startsWith("site/"));
  }

  private static int lineOf(Path file, String text) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void aRootRelativeBodyLinkGetsTheBasePath() {
    Document doc = site.html("practices/evil/index.html");
    assertThat(doc.select(".body a").eachAttr("href")).contains("/alliance/about/", "#第二节");
  }

  @Test
  void everyPageHasTheHeadAnAccessibleFrameAndAbsoluteCanonicalUrl() {
    for (OutputFile file : site.htmlFiles()) {
      Document doc = site.html(file.path());
      String where = file.path();
      assertThat(doc.selectFirst("html").attr("lang")).as(where).isEqualTo("zh-CN");
      assertThat(doc.select("meta[name=viewport]")).as(where).hasSize(1);
      assertThat(doc.select("meta[name=description]").attr("content")).as(where).isNotBlank();
      assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).as(where).startsWith("https://example.org/alliance/");
      for (String og : new String[] {"og:title", "og:description", "og:url", "og:type", "og:site_name", "og:locale"}) {
        assertThat(doc.select("meta[property=" + og + "]").attr("content")).as(where + " " + og).isNotBlank();
      }
      assertThat(doc.select("header nav[aria-label] a").eachText())
          .as(where).startsWith("首页", "实践案例", "学习资料", "工作成效", "红色阵地", "组织与联盟", "活动", "关于");
      assertThat(doc.select("a.skip-link[href=#main]")).as(where).hasSize(1);
      assertThat(doc.select("main#main")).as(where).hasSize(1);
      assertThat(doc.select("form[role=search][action=/alliance/search/] input[name=q]")).as(where).isNotEmpty();
      assertThat(doc.select("button#large-toggle[aria-pressed][hidden]")).as(where).hasSize(1);
      assertThat(doc.select("footer a[href=https://beian.miit.gov.cn/]").text()).as(where).isEqualTo("苏ICP备12345678号");
      assertThat(doc.select("h1")).as(where).hasSize(1);
    }
  }

  @Test
  void theCanonicalUrlOfAChineseTagPageIsPercentEncoded() {
    Document doc = site.html("tags/党史学习/index.html");
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/alliance/tags/%E5%85%9A%E5%8F%B2%E5%AD%A6%E4%B9%A0/");
    assertThat(doc.select("main .card-title").eachText()).containsExactly("标题<script>alert(1)</script>", "第三个实践");
  }

  @Test
  void paginationWritesPageTwoWithLinksBothWays() {
    assertThat(site.has("practices/page/2/index.html")).isTrue();
    assertThat(site.has("practices/page/3/index.html")).isFalse();
    assertThat(site.html("practices/index.html").select("a[rel=next]").attr("href")).isEqualTo("/alliance/practices/page/2/");
    Document two = site.html("practices/page/2/index.html");
    assertThat(two.select("a[rel=prev]").attr("href")).isEqualTo("/alliance/practices/");
    assertThat(two.select("main .card-title").eachText()).containsExactly("第三个实践");
    assertThat(two.title()).isEqualTo("实践案例（第 2 页） - 测试联盟");
  }

  @Test
  void aLessonShowsItsPlaceInTheLearningPathWithPreviousAndNext() {
    Document lesson = site.html("materials/lesson-2/index.html");
    assertThat(lesson.text()).contains("第 2 课 / 共 3 课");
    assertThat(lesson.select(".lesson-nav a[rel=prev]").attr("href")).isEqualTo("/alliance/materials/lesson-1/");
    assertThat(lesson.select(".lesson-nav a[rel=next]").attr("href")).isEqualTo("/alliance/materials/lesson-3/");
    assertThat(lesson.select(".lesson-nav a[href=/alliance/series/basics/]").text()).isEqualTo("三大工程入门");
    assertThat(site.html("materials/lesson-1/index.html").select(".lesson-nav a[rel=prev]")).isEmpty();
    assertThat(site.html("series/basics/index.html").select(".lesson .card-title").eachText())
        .containsExactly("第一课", "第二课", "第三课");
  }

  @Test
  void aMaterialShowsReadingTimeAndItsAttachment() {
    Document lesson = site.html("materials/lesson-2/index.html");
    assertThat(lesson.select(".reading").text()).isEqualTo("正文 11 字，约 1 分钟读完");
    assertThat(lesson.select(".attachments a").attr("href")).isEqualTo("/alliance/media/handout.txt");
    // Published with a byte-order mark, so browsers read UTF-8 whatever charset the host announces.
    assertThat(site.text("media/handout.txt")).startsWith("\uFEFF讲义");
    assertThat(lesson.select("body").hasClass("printable")).isTrue();
  }

  @Test
  void aRecordPageShowsDatesFiguresTocAndReverseLinks() {
    Document evil = site.html("practices/evil/index.html");
    assertThat(evil.select(".record-meta time").text()).isEqualTo("2019年5月1日");
    assertThat(evil.select(".toc a").eachText()).containsExactly("第一节", "第二节", "第三节");
    assertThat(evil.select(".metrics .figure").text()).contains("120", "人", "参与党员", "2019年");
    assertThat(evil.select(".cover img").attr("src")).isEqualTo("/alliance/media/cover.svg");
    Document second = site.html("practices/second/index.html");
    assertThat(second.select(".badge-approx").text()).isEqualTo("日期为约数");
    assertThat(second.select(".note").text()).contains("日期为估计。");
    assertThat(second.select(".backlinks h2").text()).isEqualTo("由此取得的工作成效");
    Document branch = site.html("organizations/branch-a/index.html");
    assertThat(branch.select(".backlinks h2").eachText()).contains("本组织的实践案例");
    assertThat(site.html("organizations/committee/index.html").select(".backlinks h2").eachText()).contains("下级组织");
    assertThat(site.html("venues/hall/index.html").select(".backlinks h2").eachText()).contains("在此开展的实践案例");
  }

  @Test
  void theHomePageHasProgramsFiguresAndVenuesByTypeWithDeclaredCounts() {
    Document home = site.html("index.html");
    assertThat(home.select(".program h3").eachText()).containsExactly("强堡垒", "促发展", "惠民生");
    assertThat(home.select(".program-counts").first().text()).isEqualTo("实践案例 1 个 · 工作成效 0 项");
    assertThat(home.select(".figure .num").eachText()).containsExactly("98.1");
    assertThat(home.select(".venue-group h3").eachText()).containsExactly("红色加油站", "楼宇学习点");
    assertThat(home.select(".venue-count .num").eachText()).containsExactly("36", "20");
  }

  @Test
  void taxonomyIndexesTermsSearch404FeedsSitemapAndRobotsAreWritten() {
    for (String path : new String[] {"programs/index.html", "programs/fortress/index.html", "tags/index.html",
        "years/index.html", "years/2018/index.html", "venue-types/index.html", "venue-types/station/index.html",
        "series/index.html", "about/index.html", "search/index.html", "404.html", "feed.xml",
        "practices/feed.xml", "materials/feed.xml", "achievements/feed.xml", "sitemap.xml", "robots.txt"}) {
      assertThat(site.has(path)).as(path).isTrue();
    }
    Document search = site.html("search/index.html");
    assertThat(search.select("main form[role=search][action=/alliance/search/] input[name=q]")).hasSize(1);
    assertThat(search.select("ol#search-results")).hasSize(1);
    assertThat(search.select("noscript").html()).contains("/alliance/practices/");
    assertThat(site.text("robots.txt")).contains("Sitemap: https://example.org/alliance/sitemap.xml");
  }
}

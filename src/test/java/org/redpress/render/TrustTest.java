package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who runs the site and where its facts come from, as every page and each record page say it. */
class TrustTest {

  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yaml --
      title: 测试联盟
      baseUrl: https://example.org/
      programs:
        - {key: livelihood, name: 惠民生, title: 党建引领惠民生工程}
      footer:
        text: 测试页脚
        publisher: 某某街道党工委
        address: 某某路 1 号
        phone: 0513-8888 0000
        email: office@example.org
        icp: 苏ICP备12345678号
        police: 苏公网安备 32062102000123号
      sources:
        - {key: article, title: 探索基层党建工作新路径, author: 王荣贵}
        - {key: paper, title: 某报道, publisher: 某日报, date: 2019年1月, url: "https://example.org/news/1"}
      -- content/practices/a.md --
      ---
      title: 一个实践
      date: 2018-06-30
      program: livelihood
      cites: [article, paper]
      ---
      正文。
      """;

  @Test
  void everyPageSaysWhoRunsTheSiteAndHowToReachThem() {
    RenderedSite site = RenderedSite.of(dir, SITE);
    for (String page : new String[] {"index.html", "practices/a/index.html", "404.html"}) {
      Document doc = site.html(page);
      assertThat(doc.select(".footer-facts dt").eachText()).as(page).containsExactly("主办单位", "地址", "电话", "邮箱");
      assertThat(doc.select(".footer-facts dd").eachText())
          .containsExactly("某某街道党工委", "某某路 1 号", "0513-8888 0000", "office@example.org");
      assertThat(doc.select(".footer-facts a[href^=tel:]").attr("href")).isEqualTo("tel:051388880000");
      assertThat(doc.select(".icp a").eachAttr("href")).containsExactly("https://beian.miit.gov.cn/",
          "https://beian.mps.gov.cn/#/query/webSearch?code=32062102000123");
    }
  }

  @Test
  void aRecordCitesItsSourcesAndSaysWhatIsNotKnownOfThem() {
    Document page = RenderedSite.of(dir, SITE).html("practices/a/index.html");
    assertThat(page.select(".sources li").eachText())
        .containsExactly("王荣贵：《探索基层党建工作新路径》（发表刊物和日期不详）", "《某报道》，某日报，2019年1月");
    assertThat(page.select(".sources a").attr("href")).isEqualTo("https://example.org/news/1");
  }

  @Test
  void aSiteWithoutThoseFactsShowsNoEmptyLabels() {
    Document home = RenderedSite.of(dir, SITE.replaceAll("(?m)^  (publisher|address|phone|email|icp|police):.*\\n", "")).html("index.html");
    assertThat(home.select(".footer-facts, .icp")).isEmpty();
    assertThat(home.select(".footer-unknown").text()).as("says plainly that nobody is named yet")
        .isEqualTo("本站主办单位和联系方式尚未公布。");
  }

  @Test
  void aSiteThatNamesItsPublisherDoesNotSayItIsUnknown() {
    assertThat(RenderedSite.of(dir, SITE).html("index.html").select(".footer-unknown")).isEmpty();
  }

  @Test
  void anEstimatedDateIsShownOnlyToTheYearOnCardsAndOnTheRecordPage() {
    RenderedSite site = RenderedSite.of(dir, SITE + """
        -- content/practices/b.md --
        ---
        title: 日期是估计的
        date: 2018-12-20
        program: livelihood
        approximate: true
        ---
        正文。
        """);
    Document list = site.html("practices/index.html");
    assertThat(list.select(".card time").eachText()).containsExactly("约2018年", "2018年6月30日");
    assertThat(list.select(".card time").eachAttr("datetime")).containsExactly("2018", "2018-06-30");
    assertThat(site.html("practices/b/index.html").select("article time").text()).isEqualTo("约2018年");
  }
}

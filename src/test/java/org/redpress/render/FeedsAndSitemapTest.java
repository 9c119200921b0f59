package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.output.OutputFile;

/** Atom feeds and the sitemap: well-formed, absolute, dated by content alone. */
class FeedsAndSitemapTest {

  @TempDir static Path dir;
  static RenderedSite site;

  @BeforeAll
  static void render() {
    site = RenderedSite.of(dir, Fixtures.ALLIANCE);
  }

  @Test
  void feedsAreWellFormedXml() throws Exception {
    for (String path : List.of("feed.xml", "practices/feed.xml", "materials/feed.xml", "achievements/feed.xml", "sitemap.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(RenderFixture.file(site.files(), path).bytes()));
    }
  }

  @Test
  void theSiteFeedIsUpdatedAtTheNewestRecordDateNotTheBuildClock() {
    String feed = site.text("feed.xml");
    assertThat(between(feed, "updated").get(0)).isEqualTo("2019-05-01T00:00:00+08:00");
    List<String> fixtureDates = List.of("2019-05-01", "2018-06-30", "2017-01-15", "2018-01-01", "2018-01-02",
        "2018-01-03", "2018-09-30");
    for (String feedPath : List.of("feed.xml", "practices/feed.xml", "materials/feed.xml", "achievements/feed.xml")) {
      List<String> stamps = new ArrayList<>(between(site.text(feedPath), "updated"));
      stamps.addAll(between(site.text(feedPath), "published"));
      assertThat(stamps).as(feedPath).isNotEmpty()
          .allSatisfy(s -> assertThat(fixtureDates).contains(s.substring(0, 10)));
    }
    assertThat(between(site.text("practices/feed.xml"), "updated").get(0)).startsWith("2019-05-01");
    assertThat(between(site.text("materials/feed.xml"), "updated").get(0)).startsWith("2018-01-03");
  }

  @Test
  void feedEntriesHaveAbsoluteLinksAndEscapedSummaries() {
    String feed = site.text("practices/feed.xml");
    assertThat(feed).contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/alliance/practices/feed.xml\"/>");
    assertThat(feed).contains("href=\"https://example.org/alliance/practices/evil/\"");
    assertThat(feed).contains("<summary type=\"text\">摘要&quot; onmouseover=&quot;x</summary>");
    assertThat(between(feed, "title")).startsWith("实践案例 - 测试联盟");
  }

  @Test
  void theSitemapListsEveryPageButTheNotFoundPageWithRecordDates() {
    String sitemap = site.text("sitemap.xml");
    List<String> locs = between(sitemap, "loc");
    long pages = site.htmlFiles().stream().map(OutputFile::path).filter(p -> !p.equals("404.html")).count();
    assertThat(locs).hasSize((int) pages).allSatisfy(l -> assertThat(l).startsWith("https://example.org/alliance/"));
    assertThat(locs).contains("https://example.org/alliance/", "https://example.org/alliance/tags/%E5%85%9A%E5%8F%B2%E5%AD%A6%E4%B9%A0/");
    assertThat(sitemap).doesNotContain("404");
    assertThat(sitemap).contains("<loc>https://example.org/alliance/practices/second/</loc><lastmod>2018-06-30</lastmod>");
  }

  private static List<String> between(String xml, String tag) {
    Matcher m = Pattern.compile("<" + tag + "(?: [^>]*)?>([^<]*)</" + tag + ">").matcher(xml);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}

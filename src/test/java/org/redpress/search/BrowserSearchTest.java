package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

/**
 * The built site in headless Chromium, served on loopback under a sub-path: the search page
 * finds records by Chinese phrases, shows markup from content as text, and filters by facet.
 * Skips, saying why, when {@code /usr/bin/chromium} is missing (CI installs it).
 */
class BrowserSearchTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static HttpServer server;
  private static Path profile;
  /** Every path the browser asked the test server for; a page asking another host would fail its CSP. */
  private static final java.util.Set<String> REQUESTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void serve(@TempDir Path dir) throws IOException {
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("BrowserSearchTest skipped: " + CHROMIUM + " is missing (CI installs Debian's chromium)");
      Assumptions.abort(CHROMIUM + " is missing");
    }
    Path project = TestSite.write(dir.resolve("project"), """
        -- content/practices/zhiyuan.md --
        ---
        title: 580志愿服务联盟带动专业分队
        date: 2019-05-01
        program: livelihood
        tags: [志愿服务]
        ---
        社区志愿服务累计4098人次。
        -- content/materials/zhiyuan-rumen.md --
        ---
        title: 认识志愿服务
        date: 2019-06-01
        kind: article
        ---
        志愿服务的入门读物。
        -- content/materials/daima.md --
        ---
        title: 网页安全小课
        date: 2019-07-01
        kind: article
        ---
        正文里写着 `<img src=x onerror=alert(1)>` 这段代码，它应当原样显示。
        -- content/practices/dangjian.md --
        ---
        title: 党建引领基层治理
        date: 2019-08-01
        program: fortress
        ---
        党建工作站服务非公企业。
        -- content/venues/jiayouzhan.yaml --
        name: 东街红色加油站阵地
        type: station
        street: 东街街道
        -- content/venues/xuexidian.yaml --
        name: 东街学习点阵地
        type: study-point
        street: 东街街道
        community: 甲社区
        -- content/venues/xijie.yaml --
        name: 西街红色加油站阵地
        type: station
        community: 西街社区
        """ + choir(12));
    copy(Path.of("templates"), project.resolve("templates"));
    Path out = dir.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(PipelineOptions.forProject(project).withOutDir(out).withBaseUrl(URI.create("https://example.org/sub/")))
        .build(diagnostics);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/sub/", exchange -> {
      REQUESTED.add(exchange.getRequestURI().getPath());
      Path file = out.resolve(exchange.getRequestURI().getPath().substring("/sub/".length())).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(out) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
          : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
          : name.endsWith(".json") ? "application/json" : "application/octet-stream");
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    profile = dir.resolve("chromium-profile");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** {@code n} records that alone contain 合唱: enough hits for several batches. */
  private static String choir(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append("-- content/materials/choir-").append(i).append(".md --\n---\ntitle: 合唱排练第").append(i)
          .append("次\ndate: 2020-01-").append(String.format("%02d", i)).append("\nkind: article\n---\n社区合唱队排练。\n");
    }
    return out.toString();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The search page for a query string after its scripts ran, as Chromium's DOM. */
  private static Document open(String queryString) throws Exception {
    return open(queryString, "1280,900");
  }

  /** The same in a window of {@code size} ("width,height"). */
  private static Document open(String queryString, String size) throws Exception {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sub/search/?" + queryString;
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + profile, "--window-size=" + size, "--virtual-time-budget=10000", "--dump-dom", url)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return Jsoup.parse(dom);
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> titles(Document d) {
    return d.select("#search-results > li").stream().map(li -> li.selectFirst("a").text()).toList();
  }

  @Test
  void theSearchPageFindsRecordsByAChinesePhraseAndLinksThemUnderTheSubPath() throws Exception {
    Document d = open(q("志愿服务"));
    assertThat(titles(d)).containsExactlyInAnyOrder("580志愿服务联盟带动专业分队", "认识志愿服务");
    Element first = d.selectFirst("#search-results > li a");
    assertThat(first.attr("href")).startsWith("/sub/");
    assertThat(first.select("mark").text()).isEqualTo("志愿服务");
    assertThat(d.select("#search-status").text()).contains("找到 2 条结果");
    assertThat(titles(open(q("基层治理")))).containsExactly("党建引领基层治理");
    assertThat(REQUESTED).contains("/sub/search/engine.js", "/sub/search/index.json");
    String site = "http://127.0.0.1:" + server.getAddress().getPort() + "/sub/";
    assertThat(d.select("script[src], link[rel=stylesheet], link[rel=icon]")).allSatisfy(e ->
        assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href")).matches("(" + java.util.regex.Pattern.quote(site)
            + "|/sub/).*"));
  }

  @Test
  void hitsOffTheScreenLoadOnlyAsTheMoreButtonNearsIt() throws Exception {
    // A phone: three hits fill more than the screen, so only the first batch loads.
    Document phone = open(q("合唱"), "390,600");
    assertThat(phone.select("#search-status").text()).contains("找到 12 条结果");
    assertThat(titles(phone)).containsExactly("合唱排练第12次", "合唱排练第11次", "合唱排练第10次");
    assertThat(phone.selectFirst(".search-more").hasAttr("hidden")).isFalse();
    // A screen tall enough for every hit: batches load until the button is gone.
    Document tall = open(q("合唱"), "390,9000");
    assertThat(titles(tall)).hasSize(12).startsWith("合唱排练第12次").endsWith("合唱排练第1次");
    assertThat(tall.selectFirst(".search-more").hasAttr("hidden")).isTrue();
  }

  @Test
  void onAPhoneTheFiltersFoldAwayUnlessOneIsChosenSoTheFirstHitsShow() throws Exception {
    Document phone = open(q("合唱"), "390,844");
    Element fold = phone.selectFirst("details.search-facets");
    assertThat(fold.hasAttr("open")).as("folded on a phone").isFalse();
    assertThat(fold.selectFirst("summary").text()).isEqualTo("按类型、年份等筛选");
    assertThat(fold.select(".search-facet input")).isNotEmpty();
    assertThat(open(q("合唱")).selectFirst("details.search-facets").hasAttr("open")).as("open on a wide screen").isTrue();
    Document chosen = open(q("合唱") + "&type=material", "390,844");
    assertThat(chosen.selectFirst("details.search-facets").hasAttr("open")).as("open with a filter chosen").isTrue();
    assertThat(chosen.selectFirst("details.search-facets > summary").text()).isEqualTo("按类型、年份等筛选（已选 1 项）");
  }

  @Test
  void aQueryWithoutHitsShowsSuggestionsTheTemplatesTipsAndBrowseLinks() throws Exception {
    // No character of it is in the site: a typo's characters would still find pages.
    Document d = open(q("氪氙氡"));
    assertThat(titles(d)).isEmpty();
    assertThat(d.select("#search-status").text()).isEqualTo("没有找到与“氪氙氡”相关的内容。");
    Element suggest = d.selectFirst(".search-suggest");
    assertThat(suggest.hasAttr("hidden")).isFalse();
    assertThat(suggest.text()).startsWith("您是不是要找：");
    assertThat(suggest.select("a")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href")).contains("q="));
    Element empty = d.selectFirst("#search-empty");
    assertThat(empty.hasAttr("hidden")).isFalse();
    assertThat(empty.select("li[data-when=query]")).allSatisfy(li -> assertThat(li.hasAttr("hidden")).isFalse());
    assertThat(empty.selectFirst("li[data-when=filtered]").hasAttr("hidden")).isTrue();
    assertThat(empty.select(".browse a").eachAttr("href")).contains("/sub/practices/");
  }

  @Test
  void aQuestionATraditionalSpellingAndPinyinFindWhatTheyMean() throws Exception {
    assertThat(titles(open(q("怎么参加志愿服务")))).contains("认识志愿服务");
    assertThat(titles(open(q("志願服務")))).containsExactlyInAnyOrder("580志愿服务联盟带动专业分队", "认识志愿服务");
  }

  @Test
  void markupInABodyIsShownAsText() throws Exception {
    Document d = open(q("onerror"));
    assertThat(titles(d)).containsExactly("网页安全小课");
    assertThat(d.select("#search-results").text()).contains("<img src=x onerror=alert(1)>");
    assertThat(d.select("#search-results img")).isEmpty();
  }

  @Test
  void aFacetInTheUrlFiltersTheResultsAndKeepsTheOtherCounts() throws Exception {
    Document d = open(q("志愿服务") + "&type=material");
    assertThat(titles(d)).containsExactly("认识志愿服务");
    assertThat(d.select("#search-status").text()).contains("找到 1 条结果");
    assertThat(d.select(".search-facet").text()).contains("实践案例（1）").contains("学习资料（1）");
  }

  @Test
  void venueTypeAndAreaFacetsFilterVenuesAndNameThemAsTheSiteDoes() throws Exception {
    Document all = open(q("阵地"));
    assertThat(all.select(".search-facet legend").eachText()).contains("阵地类型", "所在街道或社区");
    assertThat(all.select(".search-facet").text()).contains("红色加油站（2）").contains("楼宇学习点（1）")
        .contains("东街街道（2）").contains("西街社区（1）");
    Document east = open(q("阵地") + "&area=" + URLEncoder.encode("东街街道", StandardCharsets.UTF_8));
    assertThat(titles(east)).containsExactlyInAnyOrder("东街红色加油站阵地", "东街学习点阵地");
    Document both = open(q("阵地") + "&area=" + URLEncoder.encode("东街街道", StandardCharsets.UTF_8)
        + "&venueType=station");
    assertThat(titles(both)).containsExactly("东街红色加油站阵地");
    // Disjunctive: the chosen area still shows the other area's count, the chosen type the other type's.
    assertThat(both.select(".search-facet").text()).contains("西街社区（1）").contains("楼宇学习点（1）");
    assertThat(both.select(".search-facet input[name=venueType][value=station]").attr("checked")).isNotNull();
  }
}

package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.geo.Datum;
import org.redpress.geo.GeoPoint;

/**
 * The venues fixture site ({@code sites/venues}) in headless Chromium with an emulated position
 * (WGS-84 39.9000, 116.4000) and clock: 离我最近 puts the nearest venue first with its walking
 * estimate, 现在开放 follows the clock in Asia/Shanghai time whatever the phone's zone, the map
 * links carry each app's datum, and without JavaScript the page lists every venue by type and
 * area. Screenshots at 390 and 1280 px go to {@code target/screenshots/venues/}.
 */
class VenuesBrowserTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/venues").toAbsolutePath();
  private static final Path SHOTS = Path.of("target", "screenshots", "venues");
  private static final double LAT = 39.9000;
  private static final double LNG = 116.4000;

  private static Path dir;
  private static StaticServer server;
  private static Chromium browser;
  private Chromium.Tab tab;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = Chromium.requireOrSkip("VenuesBrowserTest");
    dir = Files.createTempDirectory("redpress-venues-");
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(new PipelineOptions(FIXTURE, FIXTURE.resolve("content"), Path.of("templates").toAbsolutePath(),
        dir.resolve("site"), false, false, null, LocalDate.of(2026, 12, 7), false)).build(diagnostics);
    assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
    server = new StaticServer(dir.resolve("site"));
    browser = new Chromium(chromium);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void closeTab() {
    if (tab != null) {
      tab.close();
    }
  }

  /** A phone-sized tab at the test position, its clock at {@code now}, its own zone Europe/Berlin. */
  private Chromium.Tab phone(int width, ZonedDateTime now) {
    Chromium.Tab t = browser.open(width, 900);
    String origin = server.url("").replaceAll("/$", "");
    t.call("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
    t.call("Emulation.setGeolocationOverride", Map.of("latitude", LAT, "longitude", LNG, "accuracy", 10));
    t.call("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
    long epoch = now.toInstant().toEpochMilli();
    t.call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "Date.now = function () { return " + epoch + "; };"));
    return t;
  }

  private List<String> names(String selector) {
    List<String> out = new ArrayList<>();
    tab.eval("Array.from(document.querySelectorAll(" + quote(selector) + ")).filter(e => !e.closest('[hidden]'))"
        + ".map(e => e.textContent.trim())").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "\\'") + "'";
  }

  private void tapNearest() throws InterruptedException {
    tab.click("#nearby-button");
    assertThat(tab.waitFor("!document.getElementById('nearby-list').hidden", Duration.ofSeconds(10)))
        .as("the sorted list appears").isTrue();
  }

  @Test
  void tappingNearestListsTheNearestVenueFirstWithItsWalk() throws Exception {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    tab.go(server.url("venues/"));
    assertThat(names("#nearby-list .card-title")).isEmpty();
    tapNearest();

    assertThat(names("#nearby-list .card-title")).containsExactly("近处馆", "中间学习点", "远处馆", "未定位馆");
    assertThat(names("#nearby-list .venue-distance"))
        .containsExactly("约 400 米 · 步行约 6 分钟", "约 700 米 · 步行约 10 分钟", "约 2.5 公里 · 步行约 34 分钟",
            "没有坐标，无法计算距离");
    assertThat(tab.eval("document.getElementById('venue-groups').hidden").asBoolean()).isTrue();
    Files.write(SHOTS.resolve("venues-nearest-390.png"), tab.screenshot());
    tab.viewport(1280, 900);
    Files.write(SHOTS.resolve("venues-nearest-1280.png"), tab.screenshot());
  }

  @Test
  void openNowFollowsTheClockInShanghaiTime() throws Exception {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    // Monday 10:00: both venues with weekday hours are open.
    assertThat(openAt(ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, shanghai))).containsExactly("近处馆", "中间学习点");
    // Monday 12:30, the lunch break of 近处馆.
    assertThat(openAt(ZonedDateTime.of(2026, 12, 7, 12, 30, 0, 0, shanghai))).containsExactly("中间学习点");
    // Saturday: 近处馆 is closed.
    assertThat(openAt(ZonedDateTime.of(2026, 12, 12, 10, 0, 0, 0, shanghai))).containsExactly("中间学习点");
    // 国庆节 (a Thursday): the exception closes 近处馆.
    assertThat(openAt(ZonedDateTime.of(2026, 10, 1, 10, 0, 0, 0, shanghai))).containsExactly("中间学习点");
    // 21:00 in Shanghai: nothing open, and the page says so.
    assertThat(openAt(ZonedDateTime.of(2026, 12, 7, 21, 0, 0, 0, shanghai))).isEmpty();
    assertThat(tab.eval("document.getElementById('nearby-status').textContent").asText()).isEqualTo("现在没有开放的阵地。");
  }

  private List<String> openAt(ZonedDateTime now) throws Exception {
    if (tab != null) {
      tab.close();
    }
    tab = phone(390, now);
    tab.go(server.url("venues/"));
    tapNearest();
    tab.click("#nearby-open");
    assertThat(tab.waitFor("document.getElementById('nearby-open').checked", Duration.ofSeconds(5))).isTrue();
    return names("#nearby-list .card-title");
  }

  @Test
  void mapLinksCarryTheCoordinateInEachAppsDatum() {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    tab.go(server.url("venues/jinchu-guan/"));
    GeoPoint written = new GeoPoint(39.911330, 116.412625, Datum.BD09);
    GeoPoint gcj = written.in(Datum.GCJ02);

    URI amap = URI.create(tab.eval("document.querySelector('a[data-app=amap]').href").asText());
    String[] to = query(amap, "to").split(",");
    assertThat(Double.parseDouble(to[0])).isCloseTo(gcj.lng(), within(1e-6));
    assertThat(Double.parseDouble(to[1])).isCloseTo(gcj.lat(), within(1e-6));
    assertThat(to[2]).isEqualTo("近处馆");
    assertThat(query(amap, "coordinate")).isEqualTo("gaode");

    URI baidu = URI.create(tab.eval("document.querySelector('a[data-app=baidu]').href").asText());
    assertThat(query(baidu, "location")).isEqualTo("39.911330,116.412625");
    assertThat(query(baidu, "coord_type")).isEqualTo("bd09ll");

    URI qq = URI.create(tab.eval("document.querySelector('a[data-app=tencent]').href").asText());
    String coord = query(qq, "marker").split(";")[0].substring("coord:".length());
    assertThat(Double.parseDouble(coord.split(",")[0])).isCloseTo(gcj.lat(), within(1e-6));
    assertThat(Double.parseDouble(coord.split(",")[1])).isCloseTo(gcj.lng(), within(1e-6));

    assertThat(tab.eval("Array.from(document.querySelectorAll('a[href^=\"tel:\"]')).map(a => a.getAttribute('href'))")
        .get(0).asText()).isEqualTo("tel:051388888888");
  }

  private static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      if (pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError(name + " missing in " + uri);
  }

  @Test
  void withoutJavaScriptEveryVenueIsListedByTypeAndArea() throws IOException {
    tab = browser.open(390, 900);
    tab.call("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    tab.go(server.url("venues/"));
    assertThat(tab.eval("document.getElementById('nearby').getBoundingClientRect().height").asDouble()).isZero();
    assertThat(names("#venue-groups h2")).containsExactly("红色加油站", "楼宇学习点");
    assertThat(names("#venue-groups .venue-area")).containsExactly("另一街道", "测试开发区", "测试街道", "测试街道");
    assertThat(names("#venue-groups .card-title")).containsExactlyInAnyOrder("近处馆", "中间学习点", "远处馆", "未定位馆");
    JsonNode width = tab.eval("document.documentElement.scrollWidth");
    assertThat(width.asInt()).isLessThanOrEqualTo(390);
    Files.write(SHOTS.resolve("venues-nojs-390.png"), tab.screenshot());
  }

  @Test
  void homeShowsTheNextActivitiesOnAPhoneWithoutSidewaysScrolling() throws IOException {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    tab.go(server.url(""));
    assertThat(names("#activities-heading ~ ul .card-title").get(0)).isEqualTo("测试月度联席会议");
    assertThat(tab.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);
    Files.write(SHOTS.resolve("home-activities-390.png"), tab.screenshot());
    tab.viewport(1280, 900);
    Files.write(SHOTS.resolve("home-activities-1280.png"), tab.screenshot());
    tab.viewport(390, 900);
    tab.go(server.url("activities/yuedu-lianxi-huiyi/"));
    Files.write(SHOTS.resolve("activity-page-390.png"), tab.screenshot());
    tab.viewport(1280, 900);
    Files.write(SHOTS.resolve("activity-page-1280.png"), tab.screenshot());
    tab.viewport(390, 900);
    tab.go(server.url("activities/"));
    Files.write(SHOTS.resolve("activities-list-390.png"), tab.screenshot());
  }

  @Test
  void screenshotsOfAVenuePage() throws IOException {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    tab.go(server.url("venues/jinchu-guan/"));
    Files.write(SHOTS.resolve("venue-page-390.png"), tab.screenshot());
    tab.viewport(1280, 900);
    Files.write(SHOTS.resolve("venue-page-1280.png"), tab.screenshot());
  }

  @Test
  void theVenuePagesWithActivitiesTheOverviewAndTheVenueFacetsHaveNoSeriousViolationsAndFitAPhone() throws Exception {
    Chromium.requireOrSkip("VenuesBrowserTest (axe-core)", AccessibilityTest.AXE);
    tab = browser.open(390, 900);
    for (String path : List.of("venues/", "venues/yuanchu-guan/", "organizations/ceshi-zhibu/")) {
      tab.go(server.url(path));
      assertThat(AccessibilityTest.serious(tab)).as(path).isEmpty();
      assertThat(tab.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).as(path).isTrue();
    }
    tab.go(server.url("search/?q=" + java.net.URLEncoder.encode("测试", java.nio.charset.StandardCharsets.UTF_8)
        + "&area=" + java.net.URLEncoder.encode("测试街道", java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(tab.waitFor("document.querySelector('.search-facet input[name=area]')", java.time.Duration.ofSeconds(15)))
        .as("the area facet appears").isTrue();
    assertThat(AccessibilityTest.serious(tab)).as("search with venue facets").isEmpty();
    assertThat(tab.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
    Files.write(SHOTS.resolve("search-venue-facets-390.png"), tab.screenshot());
  }
}

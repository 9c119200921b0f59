package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.redpress.quality.PageChecks.AXE;
import static org.redpress.quality.PageChecks.overflow;
import static org.redpress.quality.PageChecks.screenshot;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redpress.quality.PageChecks.Findings;
import org.redpress.geo.Datum;
import org.redpress.geo.GeoPoint;

/**
 * The venues fixture site ({@code sites/venues}) in headless Chromium with an emulated position
 * (WGS-84 39.9000, 116.4000) and clock: 离我最近 puts the nearest venue first with its walking
 * estimate, 现在开放 follows the clock in Asia/Shanghai time whatever the phone's zone, the map
 * links carry each app's datum, without JavaScript the page lists every venue by type and area,
 * and the venue, activity and list pages pass axe-core. Screenshots at 390 and 1280 px go to
 * {@code target/screenshots/venues/}.
 */
class VenuesBrowserTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/venues").toAbsolutePath();
    private static final double LAT = 39.9000;
  private static final double LNG = 116.4000;

  @RegisterExtension
  static final BrowserSite browser = BrowserSite.fixture(FIXTURE, LocalDate.of(2026, 12, 7), AXE);
  private Chromium.Tab tab;

  /** A phone-sized tab at the test position, its clock at {@code now}, its own zone Europe/Berlin. */
  private Chromium.Tab phone(int width, ZonedDateTime now) {
    Chromium.Tab t = browser.open(width, 900);
    String origin = browser.url("").replaceAll("/$", "");
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
    tab.go(browser.url("venues/"));
    assertThat(names("#nearby-list .card-title")).isEmpty();
    tapNearest();

    assertThat(names("#nearby-list .card-title")).containsExactly("近处馆", "中间学习点", "远处馆", "未定位馆");
    assertThat(names("#nearby-list .venue-distance"))
        .containsExactly("约 400 米 · 步行约 6 分钟", "约 700 米 · 步行约 10 分钟", "约 2.5 公里 · 步行约 34 分钟",
            "没有坐标，无法计算距离");
    assertThat(tab.eval("document.getElementById('venue-groups').hidden").asBoolean()).isTrue();
    screenshot(tab, "venues/venues-nearest-390.png");
    tab.viewport(1280, 900);
    screenshot(tab, "venues/venues-nearest-1280.png");
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
    tab.go(browser.url("venues/"));
    tapNearest();
    tab.click("#nearby-open");
    assertThat(tab.waitFor("document.getElementById('nearby-open').checked", Duration.ofSeconds(5))).isTrue();
    return names("#nearby-list .card-title");
  }

  @Test
  void mapLinksCarryTheCoordinateInEachAppsDatum() {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    tab.go(browser.url("venues/jinchu-guan/"));
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
    tab.go(browser.url("venues/"));
    assertThat(tab.eval("document.getElementById('nearby').getBoundingClientRect().height").asDouble()).isZero();
    assertThat(names("#venue-groups h2")).containsExactly("红色加油站", "楼宇学习点");
    assertThat(names("#venue-groups .venue-area")).containsExactly("另一街道", "测试开发区", "测试街道", "测试街道");
    assertThat(names("#venue-groups .card-title")).containsExactlyInAnyOrder("近处馆", "中间学习点", "远处馆", "未定位馆");
    assertThat(overflow(tab)).isEmpty();
    screenshot(tab, "venues/venues-nojs-390.png");
  }

  /** The fixture's pages with opening hours, coordinates and activities pass axe-core and fit 390 px. */
  @Test
  void venueActivityAndListPagesHaveNoSeriousOrCriticalViolationAndFitAPhone() {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    Findings findings = new Findings();
    for (String path : List.of("", "venues/", "venues/jinchu-guan/", "activities/", "activities/yuedu-lianxi-huiyi/")) {
      tab.go(browser.url(path));
      findings.check("/" + path, tab);
    }
    findings.assertNone();
  }

  @Test
  void homeShowsTheNextActivitiesOnAPhoneWithoutSidewaysScrolling() throws IOException {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    tab.go(browser.url(""));
    assertThat(names("#activities-heading ~ ul .card-title").get(0)).isEqualTo("测试月度联席会议");
    assertThat(overflow(tab)).isEmpty();
    screenshot(tab, "venues/home-activities-390.png");
    tab.viewport(1280, 900);
    screenshot(tab, "venues/home-activities-1280.png");
    tab.viewport(390, 900);
    tab.go(browser.url("activities/yuedu-lianxi-huiyi/"));
    screenshot(tab, "venues/activity-page-390.png");
    tab.viewport(1280, 900);
    screenshot(tab, "venues/activity-page-1280.png");
    tab.viewport(390, 900);
    tab.go(browser.url("activities/"));
    screenshot(tab, "venues/activities-list-390.png");
  }

  @Test
  void screenshotsOfAVenuePage() throws IOException {
    tab = phone(390, ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    tab.go(browser.url("venues/jinchu-guan/"));
    screenshot(tab, "venues/venue-page-390.png");
    tab.viewport(1280, 900);
    screenshot(tab, "venues/venue-page-1280.png");
  }

  @Test
  void theVenuePagesWithActivitiesTheOverviewAndTheVenueFacetsHaveNoSeriousViolationsAndFitAPhone() throws Exception {
    tab = browser.open(390, 900);
    Findings findings = new Findings();
    for (String path : List.of("venues/", "venues/yuanchu-guan/", "organizations/ceshi-zhibu/")) {
      tab.go(browser.url(path));
      findings.check("/" + path, tab);
    }
    tab.go(browser.url("search/?q=" + java.net.URLEncoder.encode("测试", java.nio.charset.StandardCharsets.UTF_8)
        + "&area=" + java.net.URLEncoder.encode("测试街道", java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(tab.waitFor("document.querySelector('.search-facet input[name=area]')", java.time.Duration.ofSeconds(15)))
        .as("the area facet appears").isTrue();
    findings.check("search with venue facets", tab);
    findings.assertNone();
    screenshot(tab, "search-venue-facets-390.png");
  }
}

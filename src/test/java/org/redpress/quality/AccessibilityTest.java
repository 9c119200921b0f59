package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.redpress.quality.PageChecks.AXE;
import static org.redpress.quality.PageChecks.audit;
import static org.redpress.quality.PageChecks.largeText;
import static org.redpress.quality.PageChecks.overflow;
import static org.redpress.quality.PageChecks.screenshot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redpress.content.RecordType;
import org.redpress.model.Urls;
import org.redpress.quality.PageChecks.Findings;
import org.redpress.quality.PageChecks.Violation;

/**
 * The bundled site in Debian's headless Chromium, audited with axe-core (from npm, {@code npm ci}):
 * every kind of page, the search page with results and the 大字版 mode have no serious or critical
 * violation; home, a lesson, the materials list and the chart pages fit a small phone (360 px),
 * a phone (390 px) and a desktop (1280 px) without sideways scrolling, in both modes, with
 * screenshots in {@code target/screenshots/}.
 *
 * <p>Without Chromium or axe-core the test says why and skips, unless {@code
 * REDPRESS_REQUIRE_BROWSER=1} (CI sets it): then it fails.
 */
class AccessibilityTest {

  private static final int PHONE = 390;
  /** A common small Android width, where the 大字版 is tightest. */
  private static final int SMALL_PHONE = 360;
  private static final int DESKTOP = 1280;

  @RegisterExtension
  static final BrowserSite browser = BrowserSite.bundled(AXE);
  private static BundledSite site;
  private Chromium.Tab tab;

  @BeforeAll
  static void site() {
    site = BundledSite.get();
    System.out.println("AccessibilityTest runs " + browser.version());
  }

  @Test
  void everyKindOfPageHasNoSeriousOrCriticalViolationAndFitsAPhoneScreen() {
    Map<String, String> pages = new LinkedHashMap<>(site.samplePages());
    pages.remove("search");
    tab = browser.open(PHONE, 844);
    Findings findings = new Findings();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      String path = page.getValue().replaceFirst("index\\.html$", "");
      tab.go(browser.url(Urls.encode(path)));
      findings.check(page.getKey() + " (/" + path + ")", tab);
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(20);
    findings.assertNone();
  }

  @Test
  void theSearchPageShowsResultsForAQueryWithoutSeriousOrCriticalViolations() throws Exception {
    tab = browser.open(PHONE, 844);
    tab.go(browser.url("search/?q=" + URLEncoder.encode("党建", StandardCharsets.UTF_8)));
    assertThat(tab.waitFor("document.querySelector('#search-results li')", Duration.ofSeconds(15)))
        .as("results appear").isTrue();
    assertThat(tab.eval("document.querySelectorAll('#search-results li').length").asInt()).isPositive();
    assertThat(tab.eval("document.querySelector('#search-results mark') !== null").asBoolean())
        .as("matched words are highlighted").isTrue();
    Findings findings = new Findings();
    findings.check("search with results", tab);
    findings.assertNone();
    screenshot(tab, "search-390.png");
  }

  @Test
  void theLargeTextSwitchIsRememberedAfterAReloadAndStaysAccessible() throws Exception {
    tab = browser.open(PHONE, 844);
    tab.go(browser.url(""));
    assertThat(tab.eval("document.querySelector('button[aria-pressed]').hidden").asBoolean()).isFalse();
    assertThat(tab.eval("document.querySelector('button[aria-pressed]').getAttribute('aria-pressed')").asText())
        .isEqualTo("false");
    assertThat(largeText(tab)).isFalse();
    double before = tab.eval("parseFloat(getComputedStyle(document.body).fontSize)").asDouble();

    tab.click("button[aria-pressed]");

    assertThat(largeText(tab)).isTrue();
    assertThat(tab.eval("document.querySelector('button[aria-pressed]').getAttribute('aria-pressed')").asText())
        .isEqualTo("true");
    assertThat(tab.eval("parseFloat(getComputedStyle(document.body).fontSize)").asDouble()).isGreaterThan(before);
    tab.reload();
    assertThat(largeText(tab)).as("remembered after a reload").isTrue();
    assertThat(tab.eval("document.querySelector('button[aria-pressed]').getAttribute('aria-pressed')").asText())
        .isEqualTo("true");

    Findings findings = new Findings();
    Map<String, String> pages = site.samplePages();
    for (String kind : List.of("home", "record practice", "record material", "record venue", "list achievement")) {
      String path = pages.get(kind).replaceFirst("index\\.html$", "");
      tab.go(browser.url(Urls.encode(path)));
      assertThat(largeText(tab)).as("large text on %s", path).isTrue();
      findings.check("大字版 " + kind + " (/" + path + ")", tab);
      if (kind.equals("record practice")) {
        screenshot(tab, "practice-390-large.png");
      }
    }
    findings.assertNone();
  }

  /**
   * The list, literally: home, a lesson, the materials list and the achievements with a
   * chart (98.1% and 信访), at 360, 390 and 1280 px, in the normal mode and the 大字版 — each fits
   * the window, passes axe-core (colour contrast included) and is photographed.
   */
  @Test
  void theStudyAndChartPagesFitEachWidthInBothModesPassAxeAndArePhotographed() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "");
    pages.put("lesson", site.model.path(site.model.learningPaths().get(0).lessons().get(0)));
    pages.put("materials", Urls.list(RecordType.MATERIAL));
    for (String id : List.of("manyidu-2018q3", "xinfang-xiajiang")) {
      pages.put("achievement-" + id, Urls.record(RecordType.ACHIEVEMENT, id));
    }
    tab = browser.open(PHONE, 844);
    Findings findings = new Findings();
    for (boolean large : List.of(false, true)) {
      for (int width : List.of(SMALL_PHONE, PHONE, DESKTOP)) {
        tab.viewport(width, width == DESKTOP ? 800 : 844);
        for (Map.Entry<String, String> page : pages.entrySet()) {
          tab.go(browser.url(Urls.encode(page.getValue())));
          if (large != largeText(tab)) {
            tab.click("button[aria-pressed]");
          }
          assertThat(largeText(tab)).isEqualTo(large);
          if (page.getKey().startsWith("achievement-")) {
            assertThat(tab.eval("document.querySelectorAll('figure.chart svg title').length").asInt())
                .as("%s has a chart", page.getKey()).isPositive();
          }
          String name = page.getKey() + "-" + width + (large ? "-large" : "") + ".png";
          findings.check(name, tab);
          assertThat(Files.size(screenshot(tab, name))).isGreaterThan(10_000);
        }
      }
    }
    findings.assertNone();
  }

  @Test
  void theMenuFitsASmallPhoneWithoutScrollingSidewaysAndMoreOpensWithoutScript() {
    tab = browser.open(SMALL_PHONE, 844);
    tab.go(browser.url(""));
    String outside = """
        [...document.querySelectorAll('.main-nav a, .main-nav summary')]
            .filter(e => e.checkVisibility())
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 || e.getBoundingClientRect().left < -0.5)
            .map(e => e.textContent.trim()).join(', ')""";
    assertThat(tab.eval(outside).asText()).as("menu entries outside a %d px window", SMALL_PHONE).isEmpty();
    assertThat(tab.eval("[...document.querySelectorAll('.main-nav ul')].every(u => u.scrollWidth <= u.clientWidth)").asBoolean())
        .as("no menu list scrolls sideways").isTrue();
    assertThat(tab.eval("document.querySelectorAll('.main-nav > ul > li:not(.nav-more)').length").asInt())
        .as("home and the six sections stay in view").isEqualTo(7);
    assertThat(tab.eval("[...document.querySelectorAll('.nav-more a')].some(a => a.checkVisibility())").asBoolean())
        .as("pages folded under 更多 are hidden until it opens").isFalse();

    tab.click(".nav-more summary");
    assertThat(tab.eval("[...document.querySelectorAll('.nav-more a')].filter(a => a.checkVisibility()).length").asInt())
        .as("menu pages shown after a tap on 更多").isGreaterThan(0);
    assertThat(tab.eval(outside).asText()).as("the opened 更多 list stays inside the window").isEmpty();
  }

  @Test
  void theAuditCatchesAnUnlabelledImageAndAWideElementSlippedIntoAPage() {
    tab = browser.open(PHONE, 844);
    tab.go(browser.url(""));
    assertThat(overflow(tab)).isEmpty();
    tab.eval("""
        (() => { const main = document.querySelector('main');
          main.insertAdjacentHTML('afterbegin', '<img src="/assets/none.png"><div id="wide">宽</div>');
          document.getElementById('wide').style.width = '2000px';
          return true; })()""");
    assertThat(audit(tab)).extracting(Violation::rule, Violation::impact).contains(
        tuple("image-alt", "critical"));
    assertThat(overflow(tab)).containsPattern("^\\d{4} px wider than 390: .*div#wide right=20\\d\\d");
  }
}

package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redpress.model.Urls;

/**
 * The bundled site in Debian's headless Chromium, audited with axe-core (from npm, {@code npm ci}):
 * every kind of page, the search page with results and the 大字版 mode have no serious or critical
 * violation; the home page fits a phone (390 px, and a small one of 360 px) and a desktop
 * (1280 px) without sideways scrolling, in both modes, with screenshots in {@code
 * target/screenshots/}.
 *
 * <p>Without Chromium or axe-core the test says why and skips, unless {@code
 * REDPRESS_REQUIRE_BROWSER=1} (CI sets it): then it fails.
 */
class AccessibilityTest {

  static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final int PHONE = 390;
  /** A common small Android width, where the 大字版 is tightest. */
  private static final int SMALL_PHONE = 360;
  private static final int DESKTOP = 1280;
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private static BundledSite site;
  private static StaticServer server;
  private static Chromium browser;
  private static String axe;
  private Chromium.Tab tab;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = Chromium.requireOrSkip("AccessibilityTest", AXE);
    axe = Files.readString(AXE, StandardCharsets.UTF_8);
    site = BundledSite.get();
    server = new StaticServer(site.dir);
    browser = new Chromium(chromium);
    System.out.println("AccessibilityTest runs " + browser.version());
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
      tab.eval("localStorage.clear(), true");
      tab.close();
    }
  }

  /** One axe-core finding: a rule, how bad, and where. */
  record Violation(String rule, String impact, String help, List<String> nodes) {
    @Override
    public String toString() {
      return impact + " " + rule + ": " + help + "\n        " + String.join("\n        ", nodes);
    }
  }

  /** The serious and critical axe-core violations on the tab's current page, for other browser tests. */
  static List<Violation> serious(Chromium.Tab tab) throws java.io.IOException {
    if (!tab.eval("typeof window.axe === 'object'").asBoolean()) {
      tab.eval(Files.readString(AXE, StandardCharsets.UTF_8) + "\n;true");
    }
    return audit(tab).stream().filter(v -> BLOCKING.contains(v.impact())).toList();
  }

  /** axe-core's violations on the tab's current page. */
  private static List<Violation> audit(Chromium.Tab tab) {
    if (!tab.eval("typeof window.axe === 'object'").asBoolean()) {
      tab.eval(axe + "\n;true");
    }
    JsonNode found = tab.eval("""
        axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
          rule: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map(n => JSON.stringify(n.target) + ' ' + n.html.slice(0, 160))})))""");
    List<Violation> violations = new ArrayList<>();
    for (JsonNode v : found) {
      List<String> nodes = StreamSupport.stream(v.get("nodes").spliterator(), false).map(JsonNode::asText).toList();
      violations.add(new Violation(v.get("rule").asText(), v.path("impact").asText("none"), v.get("help").asText(),
          nodes));
    }
    return violations;
  }

  /** Audits the tab's page: minor and moderate findings are printed, serious and critical returned. */
  private static List<Violation> blocking(String label, Chromium.Tab tab) {
    List<Violation> all = audit(tab);
    all.stream().filter(v -> !BLOCKING.contains(v.impact()))
        .forEach(v -> System.out.println("axe " + label + ": " + v));
    return all.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
  }

  private static String report(Map<String, List<Violation>> byPage) {
    return byPage.entrySet().stream()
        .map(e -> e.getKey() + "\n    " + e.getValue().stream().map(Violation::toString)
            .collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }

  /**
   * How the page overflows the window sideways: empty when {@code scrollWidth <= innerWidth},
   * else the overflow in px and the outermost elements that stick out.
   */
  private static String overflow(Chromium.Tab tab) {
    return tab.eval("""
        (() => {
          const wider = document.documentElement.scrollWidth - window.innerWidth;
          if (wider <= 0) return '';
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
          const out = e => e.getBoundingClientRect().right > window.innerWidth + 0.5;
          const clipped = e => {
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') return true;
            }
            return false;
          };
          const culprits = [...document.body.querySelectorAll('*')]
              .filter(e => out(e) && !clipped(e) && !(e.parentElement && out(e.parentElement)))
              .slice(0, 5)
              .map(e => (e.parentElement ? name(e.parentElement) + ' > ' : '') + name(e)
                  + ' right=' + Math.round(e.getBoundingClientRect().right));
          return wider + ' px wider than ' + window.innerWidth + ': ' + culprits.join(', ');
        })()""").asText();
  }

  private static boolean largeText(Chromium.Tab tab) {
    return tab.eval("document.documentElement.classList.contains('large-text')").asBoolean();
  }

  private static Path save(String name, byte[] png) throws IOException {
    Files.createDirectories(SHOTS);
    return Files.write(SHOTS.resolve(name), png);
  }

  /** The width in pixels written in a PNG's header. */
  private static int pngWidth(byte[] png) {
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    return ByteBuffer.wrap(png, 16, 4).getInt();
  }

  @Test
  void everyKindOfPageHasNoSeriousOrCriticalViolationAndFitsAPhoneScreen() {
    Map<String, String> pages = new LinkedHashMap<>(site.samplePages());
    pages.remove("search");
    tab = browser.open(PHONE, 844);
    Map<String, List<Violation>> violations = new LinkedHashMap<>();
    Map<String, String> overflowing = new LinkedHashMap<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      String path = page.getValue().replaceFirst("index\\.html$", "");
      tab.go(server.url(Urls.encode(path)));
      String label = page.getKey() + " (/" + path + ")";
      List<Violation> found = blocking(label, tab);
      if (!found.isEmpty()) {
        violations.put(label, found);
      }
      String wider = overflow(tab);
      if (!wider.isEmpty()) {
        overflowing.put(label, wider);
      }
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(20);
    assertThat(violations).withFailMessage("serious or critical axe-core violations:%n%s", report(violations)).isEmpty();
    assertThat(overflowing).as("pages wider than a %d px phone", PHONE).isEmpty();
  }

  @Test
  void theSearchPageShowsResultsForAQueryWithoutSeriousOrCriticalViolations() throws Exception {
    tab = browser.open(PHONE, 844);
    tab.go(server.url("search/?q=" + URLEncoder.encode("党建", StandardCharsets.UTF_8)));
    assertThat(tab.waitFor("document.querySelector('#search-results li')", Duration.ofSeconds(15)))
        .as("results appear").isTrue();
    assertThat(tab.eval("document.querySelectorAll('#search-results li').length").asInt()).isPositive();
    assertThat(tab.eval("document.querySelector('#search-results mark') !== null").asBoolean())
        .as("matched words are highlighted").isTrue();
    List<Violation> found = blocking("search with results", tab);
    assertThat(found).withFailMessage("serious or critical axe-core violations:%n%s",
        report(Map.of("search with results", found))).isEmpty();
    assertThat(overflow(tab)).as("sideways overflow on a phone").isEmpty();
    assertThat(pngWidth(Files.readAllBytes(save("search-390.png", tab.screenshot())))).isEqualTo(PHONE);
  }

  @Test
  void theLargeTextSwitchIsRememberedAfterAReloadAndStaysAccessible() throws Exception {
    tab = browser.open(PHONE, 844);
    tab.go(server.url(""));
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

    Map<String, List<Violation>> violations = new LinkedHashMap<>();
    Map<String, String> pages = site.samplePages();
    for (String kind : List.of("home", "record practice", "record material", "record venue", "list achievement")) {
      String path = pages.get(kind).replaceFirst("index\\.html$", "");
      tab.go(server.url(Urls.encode(path)));
      assertThat(largeText(tab)).as("large text on %s", path).isTrue();
      List<Violation> found = blocking("大字版 " + kind, tab);
      if (!found.isEmpty()) {
        violations.put("大字版 " + kind + " (/" + path + ")", found);
      }
      assertThat(overflow(tab)).as("sideways overflow of /%s in 大字版 on a phone", path).isEmpty();
      if (kind.equals("record practice")) {
        save("practice-390-large.png", tab.screenshot());
      }
    }
    assertThat(violations).withFailMessage("serious or critical axe-core violations:%n%s", report(violations)).isEmpty();
  }

  @Test
  void theHomePageFitsAPhoneAndADesktopInBothModesAndIsPhotographed() throws Exception {
    tab = browser.open(PHONE, 844);
    Map<String, String> overflowing = new LinkedHashMap<>();
    for (boolean large : List.of(false, true)) {
      for (int width : List.of(SMALL_PHONE, PHONE, DESKTOP)) {
        tab.viewport(width, width == DESKTOP ? 800 : 844);
        tab.go(server.url(""));
        if (large != largeText(tab)) {
          tab.click("button[aria-pressed]");
        }
        assertThat(largeText(tab)).isEqualTo(large);
        String name = "home-" + width + (large ? "-large" : "") + ".png";
        String wider = overflow(tab);
        if (!wider.isEmpty()) {
          overflowing.put(name, wider);
        }
        byte[] png = tab.screenshot();
        assertThat(pngWidth(png)).as("%s width", name).isEqualTo(width);
        assertThat(Files.size(save(name, png))).isGreaterThan(10_000);
      }
    }
    assertThat(overflowing).as("home page wider than the window").isEmpty();
  }

  @Test
  void theMenuFitsASmallPhoneWithoutScrollingSidewaysAndMoreOpensWithoutScript() {
    tab = browser.open(SMALL_PHONE, 844);
    tab.go(server.url(""));
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
    tab.go(server.url(""));
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

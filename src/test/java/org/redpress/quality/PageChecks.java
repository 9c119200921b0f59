package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What the browser tests check on a page: axe-core's violations (contrast included), sideways
 * overflow with the elements that cause it, and full-page screenshots kept under {@code
 * target/screenshots/}.
 */
final class PageChecks {

  /** axe-core from npm ({@code npm ci}). */
  static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
  static final Path SHOTS = Path.of("target", "screenshots");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private PageChecks() {}

  /** One axe-core finding: a rule, how bad, and where. */
  record Violation(String rule, String impact, String help, List<String> nodes) {
    @Override
    public String toString() {
      return impact + " " + rule + ": " + help + "\n        " + String.join("\n        ", nodes);
    }
  }

  /** axe-core's violations on the tab's current page (axe is injected once per page). */
  static List<Violation> audit(Chromium.Tab tab) {
    if (!tab.eval("typeof window.axe === 'object'").asBoolean()) {
      tab.eval(axeSource() + "\n;true");
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

  private static String axeSource() {
    try {
      return Files.readString(AXE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(AXE + " is missing: run npm ci", e);
    }
  }

  /** Audits the tab's page: minor and moderate findings are printed, serious and critical returned. */
  static List<Violation> blocking(String label, Chromium.Tab tab) {
    List<Violation> all = audit(tab);
    all.stream().filter(v -> !BLOCKING.contains(v.impact()))
        .forEach(v -> System.out.println("axe " + label + ": " + v));
    return all.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
  }

  /** The violations of several pages, a page a paragraph, for a failure message. */
  static String report(Map<String, List<Violation>> byPage) {
    return byPage.entrySet().stream()
        .map(e -> e.getKey() + "\n    " + e.getValue().stream().map(Violation::toString)
            .collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }

  /**
   * How the page overflows the window sideways: empty when {@code scrollWidth <= innerWidth},
   * else the overflow in px and the outermost elements that stick out.
   */
  static String overflow(Chromium.Tab tab) {
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

  /**
   * What axe-core and the overflow check find on the pages a test visits, by page label, asserted
   * once at the end so that one failure lists every page at fault.
   */
  static final class Findings {
    private final Map<String, List<Violation>> violations = new LinkedHashMap<>();
    private final Map<String, String> overflowing = new LinkedHashMap<>();

    /** Audits the tab's page with axe-core and measures its sideways overflow. */
    void check(String label, Chromium.Tab tab) {
      List<Violation> found = blocking(label, tab);
      if (!found.isEmpty()) {
        violations.put(label, found);
      }
      String wider = overflow(tab);
      if (!wider.isEmpty()) {
        overflowing.put(label, wider);
      }
    }

    /** Fails with every page's serious or critical violations, then with the pages wider than their window. */
    void assertNone() {
      assertThat(violations).withFailMessage("serious or critical axe-core violations:%n%s", report(violations))
          .isEmpty();
      assertThat(overflowing).as("pages wider than their window").isEmpty();
    }
  }

  /** Whether the page is in the 大字版. */
  static boolean largeText(Chromium.Tab tab) {
    return tab.eval("document.documentElement.classList.contains('large-text')").asBoolean();
  }

  /** A full-page screenshot of the tab saved as {@code target/screenshots/<name>}, checked to be as wide as the window. */
  static Path screenshot(Chromium.Tab tab, String name) throws IOException {
    byte[] png = tab.screenshot();
    assertThat(pngWidth(png)).as("%s width", name).isEqualTo(tab.eval("window.innerWidth").asInt());
    Path file = SHOTS.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, png);
  }

  /** The width in pixels written in a PNG's header. */
  static int pngWidth(byte[] png) {
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    return ByteBuffer.wrap(png, 16, 4).getInt();
  }
}

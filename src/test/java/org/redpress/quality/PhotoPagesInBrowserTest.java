package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redpress.quality.PageChecks.AXE;
import static org.redpress.quality.PageChecks.screenshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redpress.quality.PageChecks.Findings;

/**
 * The photos fixture ({@code sites/photos}: photos, a gallery, a PDF thumbnail, a video player)
 * in headless Chromium: its record pages and lists pass axe-core and fit 390 and 1280 px, with
 * screenshots in {@code target/screenshots/photos/}. The bundled content has no photo yet.
 */
class PhotoPagesInBrowserTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/photos").toAbsolutePath();

  @RegisterExtension
  static final BrowserSite browser = BrowserSite.fixture(FIXTURE, LocalDate.of(2026, 1, 1), AXE);
  private Chromium.Tab tab;

  @Test
  void photoGalleryAndMediaPagesHaveNoSeriousOrCriticalViolationAndFitEachWidth() throws Exception {
    tab = browser.open(390, 844);
    Findings findings = new Findings();
    for (int width : List.of(390, 1280)) {
      tab.viewport(width, 844);
      for (String path : List.of("", "practices/", "practices/meeting/", "practices/visit/", "materials/lesson/")) {
        tab.go(browser.url(path));
        String label = "/" + path + " at " + width;
        assertThat(tab.eval("document.title").asText()).as("%s is a page, not the 404", label).doesNotContain("找不到");
        findings.check(label, tab);
        screenshot(tab, "photos/" + (path.isEmpty() ? "home/" : path).replace('/', '-') + width + ".png");
      }
    }
    assertThat(tab.eval("document.images.length").asInt()).as("the fixture's pages show images").isPositive();
    findings.assertNone();
  }
}

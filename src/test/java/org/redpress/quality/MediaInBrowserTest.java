package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;

/**
 * The photos fixture in Debian's headless Chromium: a photo beside its record shows in the gallery
 * and the body; a platform video asks its host for nothing until tapped, then becomes a sandboxed
 * player frame. Screenshots at 390 and 1280 px go to {@code target/screenshots/media/}. Skips
 * without Chromium, unless {@code REDPRESS_REQUIRE_BROWSER=1}.
 */
class MediaInBrowserTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/photos/content").toAbsolutePath();
  private static final Path SHOTS = Path.of("target", "screenshots", "media");

  private static Path project;
  private static StaticServer server;
  private static Chromium browser;
  private Chromium.Tab tab;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = Chromium.requireOrSkip("MediaInBrowserTest");
    project = Files.createTempDirectory("redpress-media-browser");
    try (Stream<Path> walk = Files.walk(FIXTURE)) {
      for (Path p : walk.toList()) {
        Path target = project.resolve("content").resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    PipelineOptions options = new PipelineOptions(project, project.resolve("content"),
        Path.of("templates").toAbsolutePath(), project.resolve("site"), false, false, null,
        LocalDate.of(2026, 1, 1), false);
    Diagnostics diagnostics = new Diagnostics();
    assertThat(new Pipeline(options).build(diagnostics).written()).as(diagnostics.sorted().toString()).isPresent();
    Files.createDirectories(SHOTS);
    server = new StaticServer(project.resolve("site"));
    browser = new Chromium(chromium);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (project != null) {
      try (Stream<Path> walk = Files.walk(project)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @AfterEach
  void closeTab() {
    if (tab != null) {
      tab.close();
    }
  }

  @Test
  void aPhotoBesideItsRecordLoadsInTheGalleryAndTheBody() throws Exception {
    for (int width : new int[] {390, 1280}) {
      tab = browser.open(width, 844);
      tab.go(server.url("practices/meeting/"));
      // Each image scrolled to in turn (they load lazily), until it has its pixels.
      int images = tab.eval("document.images.length").asInt();
      for (int i = 0; i < images; i++) {
        String image = "document.images[" + i + "]";
        tab.eval(image + ".scrollIntoView(), true");
        assertThat(tab.waitFor(image + ".complete && " + image + ".naturalWidth > 0", Duration.ofSeconds(20)))
            .as("image %d loads", i).isTrue();
      }
      assertThat(tab.eval("[...document.images].map(i => i.currentSrc).join(' ')").asText())
          .as("the photo in the gallery and in the body").containsPattern("/practices/meeting-1\\.\\d+w\\.jpg.*"
              + "/practices/meeting-1\\.\\d+w\\.jpg");
      tab.eval("window.scrollTo(0, 0), true");
      Files.write(SHOTS.resolve("beside-photo-" + width + ".png"), tab.screenshot());
      tab.close();
      tab = null;
    }
  }

  @Test
  void aPlatformVideoRequestsNothingFromItsHostUntilTappedThenBecomesASandboxedFrame() throws Exception {
    for (int width : new int[] {390, 1280}) {
      tab = browser.open(width, 844);
      tab.go(server.url("materials/lesson/"));
      String origin = server.url("").replaceAll("/$", "");
      assertThat(tab.eval("performance.getEntriesByType('resource').every(e => e.name.startsWith('" + origin + "'))")
          .asBoolean()).as("nothing but the site's own files on load").isTrue();
      assertThat(tab.eval("document.querySelectorAll('iframe').length").asInt()).isZero();
      tab.eval("document.querySelector('.videos').scrollIntoView(), true");
      Files.write(SHOTS.resolve("embed-before-tap-" + width + ".png"), tab.screenshot());

      tab.click(".video-embed-open");
      assertThat(tab.waitFor("document.querySelector('.video-embed iframe')", Duration.ofSeconds(5))).isTrue();
      assertThat(tab.eval("location.pathname").asText()).as("the tap stays on the page").isEqualTo("/materials/lesson/");
      String frame = "document.querySelector('.video-embed iframe')";
      assertThat(tab.eval(frame + ".getAttribute('sandbox')").asText())
          .isEqualTo("allow-scripts allow-same-origin allow-presentation");
      assertThat(tab.eval(frame + ".getAttribute('referrerpolicy')").asText()).isEqualTo("strict-origin");
      assertThat(tab.eval(frame + ".getAttribute('allow')").asText()).isEqualTo("fullscreen");
      assertThat(tab.eval(frame + ".src").asText())
          .isEqualTo("https://player.bilibili.com/player.html?bvid=BV1xx411c7XD&autoplay=0");
      assertThat(tab.eval(frame + ".title").asText()).isEqualTo("视频：三会一课示范（平台视频）");
      Files.write(SHOTS.resolve("embed-after-tap-" + width + ".png"), tab.screenshot());
      tab.close();
      tab = null;
    }
  }
}

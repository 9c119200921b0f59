package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redpress.quality.PageChecks.AXE;
import static org.redpress.quality.PageChecks.overflow;
import static org.redpress.quality.PageChecks.screenshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.model.LearningPath;
import org.redpress.model.RecordKey;
import org.redpress.model.Urls;
import org.redpress.quality.PageChecks.Findings;

/**
 * 一刻钟课堂 in Debian's headless Chromium: 学完了 is kept across a reload and shows as 继续学习 on
 * the home and series pages; 朗读 appears only with a Chinese voice and drives speech synthesis;
 * the materials list leads with the first lesson. (The widths and the 大字版 of these pages are
 * AccessibilityTest's.)
 * Skips without Chromium, unless {@code REDPRESS_REQUIRE_BROWSER=1}.
 */
class LearningInBrowserTest {

  @RegisterExtension
  static final BrowserSite browser = BrowserSite.bundled();
  private static BundledSite site;
  private Chromium.Tab tab;

  @BeforeAll
  static void site() {
    site = BundledSite.get();
  }

  private static LearningPath path() {
    return site.model.learningPaths().get(0);
  }

  private static String lessonPath(int number) {
    return site.model.path(path().lessons().get(number - 1));
  }

  private boolean hidden(String selector) {
    return tab.eval("document.querySelector('" + selector + "').hidden").asBoolean();
  }

  @Test
  void withoutJavaScriptTheProgressAndReadAloudControlsArePrintedHidden() {
    Document lesson = Jsoup.parse(site.files.get(Urls.page(lessonPath(1), 1) + "index.html").text());
    assertThat(lesson.select(".learned-box").attr("hidden")).isNotNull();
    assertThat(lesson.select(".learned-box").hasAttr("hidden")).isTrue();
    assertThat(lesson.select(".read-aloud").hasAttr("hidden")).isTrue();
    Document home = Jsoup.parse(site.files.get("index.html").text());
    assertThat(home.select(".continue-card")).isNotEmpty().allSatisfy(c -> assertThat(c.hasAttr("hidden")).isTrue());
  }

  @Test
  void aLessonMarkedLearnedStaysLearnedAfterAReloadAndTheHomePageOffersTheNextOne() throws Exception {
    tab = browser.open(390, 844);
    tab.go(browser.url(lessonPath(1)));
    assertThat(hidden(".learned-box")).as("the button shows with JavaScript").isFalse();
    assertThat(tab.eval("document.querySelector('.learned-button').getAttribute('aria-pressed')").asText()).isEqualTo("false");

    tab.click(".learned-button");
    tab.reload();

    assertThat(tab.eval("document.querySelector('.learned-button').getAttribute('aria-pressed')").asText())
        .as("still learned after a reload").isEqualTo("true");
    assertThat(tab.eval("document.querySelector('.learned-button').textContent").asText()).isEqualTo("已学完 ✓");

    tab.go(browser.url(""));
    assertThat(hidden(".continue-card")).as("继续学习 on the home page").isFalse();
    int total = path().lessons().size();
    assertThat(tab.eval("document.querySelector('.continue-card [data-role=count]').textContent").asText())
        .isEqualTo("已学 1 / " + total + " 课");
    String second = lessonPath(2);
    assertThat(tab.eval("document.querySelector('.continue-card [data-role=next]').getAttribute('href')").asText())
        .isEqualTo("/" + second);
    assertThat(tab.eval("document.querySelector('.continue-card [data-role=next]').textContent").asText())
        .startsWith("接着学：第 2 课 ");
    screenshot(tab, "home-390-continue.png");

    tab.go(browser.url(path().path()));
    assertThat(hidden(".continue-card")).as("继续学习 on the series page").isFalse();
    assertThat(tab.eval("document.querySelectorAll('ol.lessons li.is-learned').length").asInt()).isEqualTo(1);
    assertThat(tab.eval("document.querySelector('ol.lessons li.is-learned').dataset.lesson").asText())
        .isEqualTo(path().lessons().get(0).id());
    screenshot(tab, "series-390-progress.png");

    audit("home and series with progress");
  }

  @Test
  void readAloudShowsOnlyWithAChineseVoiceAndPausesAndResumes() {
    String practice = site.model.path(RecordKey.of(site.model.ofType(RecordType.PRACTICE).get(0)));
    tab = browser.open(390, 844);
    // Headless Chromium has no voices: the controls stay hidden, as in Android's WebView.
    tab.go(browser.url(practice));
    assertThat(tab.eval("speechSynthesis.getVoices().some(v => v.lang.startsWith('zh'))").asBoolean()).isFalse();
    assertThat(hidden(".read-aloud")).isTrue();

    // A stand-in engine with a zh-CN voice, installed before the page's scripts run.
    tab.call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
        (() => {
          const log = window.__speech = [];
          const fake = {
            getVoices: () => [{lang: 'zh-CN', name: '婷婷'}],
            speak: u => log.push(['speak', u.text, u.rate, u.lang]),
            pause: () => log.push(['pause']), resume: () => log.push(['resume']), cancel: () => log.push(['cancel']),
            addEventListener: () => {}, removeEventListener: () => {}
          };
          Object.defineProperty(window, 'speechSynthesis', {value: fake});
        })();"""));
    tab.go(browser.url(practice));
    assertThat(hidden(".read-aloud")).as("shown with a Chinese voice").isFalse();
    tab.eval("document.querySelector('.read-aloud select').value = '1.25', true");
    tab.click(".read-play");
    JsonNode spoken = tab.eval("window.__speech.find(e => e[0] === 'speak')");
    assertThat(spoken.get(1).asText()).isNotBlank().containsPattern("\\p{IsHan}");
    assertThat(spoken.get(2).asDouble()).isEqualTo(1.25);
    assertThat(spoken.get(3).asText()).isEqualTo("zh-CN");
    assertThat(tab.eval("document.querySelector('.read-play').textContent").asText()).isEqualTo("暂停");
    tab.click(".read-play");
    assertThat(tab.eval("document.querySelector('.read-play').textContent").asText()).isEqualTo("继续朗读");
    tab.click(".read-play");
    assertThat(tab.eval("window.__speech.map(e => e[0]).filter(e => e === 'pause' || e === 'resume')").toString())
        .isEqualTo("[\"pause\",\"resume\"]");
  }

  @Test
  void theMaterialsListLeadsWithTheFirstLessonAndItsKindFilterFitsAPhone() throws Exception {
    Record.Material lesson = (Record.Material) site.model.get(path().lessons().get(0)).orElseThrow();
    tab = browser.open(390, 844);
    tab.go(browser.url(Urls.list(RecordType.MATERIAL)));
    assertThat(tab.eval("document.querySelector('.filters a[aria-current=page]').textContent").asText()).isEqualTo("全部");
    assertThat(tab.eval("document.querySelector('.cards .card-title a').getAttribute('href')").asText())
        .as("the first lesson leads the list").isEqualTo("/" + site.model.path(RecordKey.of(lesson)));
    audit("materials list");
    tab.go(browser.url(Urls.list(RecordType.MATERIAL) + "kind/video/"));
    assertThat(overflow(tab)).as("the video filter page on a phone").isEmpty();
    screenshot(tab, "materials-video-390.png");
    audit("materials filtered to videos");
  }

  private void audit(String label) {
    if (Files.isRegularFile(AXE)) {
      Findings findings = new Findings();
      findings.check(label, tab);
      findings.assertNone();
    }
  }
}

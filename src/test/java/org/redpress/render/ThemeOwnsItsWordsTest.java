package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.testing.TestSite;

/** A designer changes words, facts, the feed and the sitemap by editing files under templates/ only. */
class ThemeOwnsItsWordsTest {

  @TempDir Path dir;

  @Test
  void aWordChangedInTheMessageFileChangesEveryPageThatShowsIt() {
    Result before = build(Path.of("i18n/zh.yaml"), UnaryOperator.identity());
    Result after = build(Path.of("i18n/zh.yaml"), yaml -> yaml
        .replace("  home: 首页", "  home: 主页")
        .replace("  venue: 红色阵地\n  organization: 组织与联盟", "  venue: 红色阵地\n  organization: 党组织"));
    assertThat(errors(after)).isEmpty();
    assertThat(navTexts(before.html("index.html"))).startsWith("首页").contains("组织与联盟");
    assertThat(navTexts(after.html("index.html"))).startsWith("主页").contains("党组织").doesNotContain("组织与联盟");
    assertThat(after.html("organizations/index.html").select("h1").text()).as("one name everywhere").isEqualTo("党组织");
    assertThat(after.html("venues/hall/index.html").select(".crumbs li").first().text()).isEqualTo("主页");
  }

  @Test
  void venuePartialDecidesWhichFactsShow() {
    Path partial = Path.of("partials/facts/venue.ftlh");
    Result before = build(partial, UnaryOperator.identity());
    Result after = build(partial, ftl -> ftl.replace("    + f.text(t(\"facts.address\"), v.address!)\n", ""));
    assertThat(errors(after)).isEmpty();
    assertThat(factLabels(before.html("venues/hall/index.html"))).containsExactly("类型", "地址", "坐标");
    assertThat(factLabels(after.html("venues/hall/index.html"))).containsExactly("类型", "坐标");
    assertThat(after.html("venues/hall/index.html").select(".facts dd").eachText())
        .containsExactly("红色加油站", "北纬 32.5°，东经 120.4°（GPS 坐标）");
  }

  @Test
  void cardsPartialDecidesWhichLabelsACardShows() {
    Path partial = Path.of("partials/cards.ftlh");
    Result before = build(partial, UnaryOperator.identity());
    Result after = build(partial, ftl -> ftl.replace("\n        + c.minutes???then([t(c.minutesEstimated?then(\"card.minutesEstimated\", \"card.minutes\"), c.minutes)], [])", ""));
    assertThat(errors(after)).isEmpty();
    assertThat(cardLabels(before.html("materials/index.html"), "第二课")).containsExactly("课程", "第 2 课", "5 分钟");
    assertThat(cardLabels(after.html("materials/index.html"), "第二课")).containsExactly("课程", "第 2 课");
  }

  @Test
  void theFeedTemplateDecidesWhatTheFeedSays() {
    Result after = build(Path.of("feed.ftlx"), ftl -> ftl.replace("  <author>\n",
        "  <rights>© ${feed.siteTitle} 版权所有</rights>\n  <author>\n"));
    assertThat(errors(after)).isEmpty();
    assertThat(after.text("feed.xml")).contains("  <rights>© 测试联盟 版权所有</rights>\n  <author>\n");
    assertThat(after.text("practices/feed.xml")).contains("<rights>");
  }

  @Test
  void theSitemapTemplateDecidesWhatTheSitemapSays() {
    Result after = build(Path.of("sitemap.ftlx"), ftl -> ftl.replace("</loc>", "</loc><changefreq>weekly</changefreq>"));
    assertThat(errors(after)).isEmpty();
    assertThat(after.text("sitemap.xml"))
        .contains("<url><loc>https://example.org/alliance/</loc><changefreq>weekly</changefreq></url>");
  }

  @Test
  void aKeyTheMessageFileLacksIsATemplateErrorAtTheCallingLine() {
    Result after = build(Path.of("partials/facts/venue.ftlh"), ftl -> ftl.replace("t(\"facts.hours\")", "t(\"facts.openingHours\")"));
    assertThat(errors(after)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-TEMPLATE");
      assertThat(d.at().file()).isEqualTo("templates/partials/facts/venue.ftlh");
      assertThat(d.at().line()).isPositive();
      assertThat(d.args()).singleElement().asString().contains("facts.openingHours", "templates/i18n/zh.yaml");
    });
  }

  @Test
  void aKeyTheViewsNeedAndTheFileLacksIsReportedOnceAtTheMessageFile() {
    Result after = build(Path.of("i18n/zh.yaml"), yaml -> yaml.replace("  search: 搜索\n", ""));
    assertThat(errors(after)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-TEMPLATE");
      assertThat(d.at().file()).isEqualTo("templates/i18n/zh.yaml");
      assertThat(d.args()).singleElement().asString().contains("page.search");
    });
  }

  /**
   * The theme owns every word through {@code i18n/zh.yaml}: a Chinese word written straight into
   * a template, script or stylesheet (comments aside) escapes the one place editors change words.
   * Punctuation that only joins values (、，：（）) is not a word and may stay. The tests above
   * change a few words through the file; only this one sees a word that never went into it.
   */
  @Test
  void noTemplateScriptOrStylesheetCarriesAChineseWordOutsideTheI18nFile() throws IOException {
    Pattern comment = Pattern.compile("<#--.*?-->|/\\*.*?\\*/|(?m)(?<![:\"'])//.*$", Pattern.DOTALL);
    Pattern han = Pattern.compile("\\p{IsHan}+");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RenderFixture.THEME)) {
      for (Path file : files.filter(p -> p.toString().matches(".*\\.(ftlh|ftlx|ftl|js|css)$"))
          .filter(p -> !p.startsWith(RenderFixture.THEME.resolve("i18n"))).sorted().toList()) {
        String text = Files.readString(file);
        boolean template = file.toString().contains(".ftl");
        // Comments become blanks of the same lines, so the line numbers still point at the file.
        String code = comment.matcher(text).replaceAll(m -> template && m.group().startsWith("/")
            ? Matcher.quoteReplacement(m.group()) : m.group().replaceAll("[^\n]", ""));
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          var m = han.matcher(lines[i]);
          while (m.find()) {
            found.add(RenderFixture.THEME.relativize(file) + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).as("Chinese words outside templates/i18n/zh.yaml (print them with t())").isEmpty();
  }

  /** The errors of a build (the fixture's hostile body also gives a warning, which is not the theme's). */
  private static List<Diagnostic> errors(Result r) {
    return r.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
  }

  private static List<String> navTexts(Document page) {
    return page.select(".main-nav a").eachText();
  }

  private static List<String> cardLabels(Document page, String title) {
    Element card = page.select(".card").stream()
        .filter(c -> c.select(".card-title").text().equals(title)).findFirst().orElseThrow();
    return card.select(".label").eachText();
  }

  private static List<String> factLabels(Document page) {
    return page.select(".facts dt").stream().map(Element::text).toList();
  }

  /** The alliance fixture rendered with a copy of the theme whose {@code file} went through {@code edit}. */
  private Result build(Path file, UnaryOperator<String> edit) {
    try {
      Path run = Files.createTempDirectory(dir, "run");
      Path theme = run.resolve("templates");
      TestSite.copyTree(RenderFixture.THEME, theme);
      Path target = theme.resolve(file.toString());
      String text = Files.readString(target);
      String edited = edit.apply(text);
      assertThat(edited == text || !edited.equals(text)).as("the edit applies to " + file).isTrue();
      Files.writeString(target, edited);
      Path project = RenderFixture.project(run.resolve("project"), Fixtures.ALLIANCE);
      Diagnostics diagnostics = new Diagnostics();
      return new Result(RenderFixture.render(project, theme, diagnostics), diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(List<OutputFile> files, Diagnostics diagnostics) {
    String text(String path) {
      return RenderFixture.file(files, path).text();
    }

    Document html(String path) {
      return Jsoup.parse(text(path));
    }
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

/** The search page shell loads the search script only when the theme has one; the ICP line only when set. */
class SearchPageAndFooterTest {

  private static final String PLAIN_SITE = """
      -- content/practices/one.md --
      ---
      title: 一个实践
      date: 2018-01-01
      program: fortress
      ---
      正文。
      """;

  @Test
  void theSearchPageLoadsTheHashedSearchScriptDeferredWhenTheThemeHasOne(@TempDir Path dir) throws IOException {
    Path theme = RenderFixture.copyOfTheme(dir.resolve("theme"));
    Files.writeString(theme.resolve("assets/search.js"), "/* search */\n");
    List<OutputFile> files = RenderFixture.render(RenderFixture.project(dir.resolve("p"), PLAIN_SITE), theme, new Diagnostics());
    Document search = Jsoup.parse(RenderFixture.file(files, "search/index.html").text());
    assertThat(search.select("script[src*=search]")).singleElement().satisfies(s -> {
      assertThat(s.attr("src")).matches("/assets/search\\.[0-9a-f]{8}\\.js");
      assertThat(s.hasAttr("defer")).isTrue();
    });
    assertThat(files).extracting(OutputFile::path).contains(search.select("script[src*=search]").attr("src").substring(1));
    assertThat(RenderFixture.file(files, "index.html").text()).doesNotContain("search.");
  }

  @Test
  void withoutASearchScriptTheSearchPageStillExplainsWhatToDo(@TempDir Path dir) throws IOException {
    Path theme = RenderFixture.copyOfTheme(dir.resolve("theme"));
    Files.deleteIfExists(theme.resolve("assets/search.js"));
    List<OutputFile> files = RenderFixture.render(RenderFixture.project(dir.resolve("p"), PLAIN_SITE), theme, new Diagnostics());
    Document search = Jsoup.parse(RenderFixture.file(files, "search/index.html").text());
    assertThat(search.select("script[src*=search]")).isEmpty();
    assertThat(search.select("noscript").text()).contains("JavaScript");
    assertThat(search.select("ol#search-results")).hasSize(1);
  }

  @Test
  void theFooterHasNoIcpLineWhenSiteYamlSetsNone(@TempDir Path dir) {
    List<OutputFile> files = RenderFixture.render(RenderFixture.project(dir, PLAIN_SITE), RenderFixture.THEME, new Diagnostics());
    assertThat(RenderFixture.file(files, "index.html").text()).doesNotContain("beian.miit.gov.cn", "class=\"icp\"");
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.output.OutputFile;

/** Whatever an editor types is text: never markup, never an attribute of its own. */
class EscapingTest {

  @TempDir static Path dir;
  static RenderedSite site;

  @BeforeAll
  static void render() {
    site = RenderedSite.of(dir, Fixtures.ALLIANCE);
  }

  @Test
  void theFixtureRendersWithoutErrors() {
    assertThat(site.diagnostics().sorted()).filteredOn(Diagnostic::isError).isEmpty();
  }

  @Test
  void aTitleWithAScriptTagIsEscapedInTitleHeadingAndOpenGraph() {
    String html = site.text("practices/evil/index.html");
    assertThat(html).doesNotContain("<script>alert");
    assertThat(html).contains("<title>标题&lt;script&gt;alert(1)&lt;/script&gt; - 测试联盟</title>");
    assertThat(html).contains("<h1>标题&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    assertThat(html).contains("<meta property=\"og:title\" content=\"标题&lt;script&gt;alert(1)&lt;/script&gt;\">");
    Document doc = site.html("practices/evil/index.html");
    assertThat(doc.select("script")).allSatisfy(s -> assertThat(s.hasAttr("src")).isTrue());
  }

  @Test
  void theTitleIsEscapedOnListsFeedsAndTheSitemap() {
    assertThat(site.text("practices/index.html")).doesNotContain("<script>alert");
    assertThat(site.text("index.html")).doesNotContain("<script>alert");
    for (String feed : new String[] {"feed.xml", "practices/feed.xml"}) {
      assertThat(site.text(feed))
          .contains("<title>标题&lt;script&gt;alert(1)&lt;/script&gt;</title>")
          .doesNotContain("<script>");
    }
    assertThat(site.text("sitemap.xml")).doesNotContain("<script>");
  }

  @Test
  void aQuoteInASummaryStaysInsideItsAttribute() {
    for (OutputFile file : site.htmlFiles()) {
      Document doc = site.html(file.path());
      for (Element el : doc.getAllElements()) {
        assertThat(el.attributes().asList()).as(file.path())
            .noneMatch(a -> a.getKey().toLowerCase().startsWith("on"));
      }
    }
    Document doc = site.html("practices/evil/index.html");
    assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo("摘要\" onmouseover=\"x");
    assertThat(doc.selectFirst("meta[property=og:description]").attr("content")).isEqualTo("摘要\" onmouseover=\"x");
  }

  @Test
  void scriptInTheBodyIsRemovedAndReportedAtTheBodyLine() {
    assertThat(site.text("practices/evil/index.html")).doesNotContain("alert(2)");
    assertThat(site.diagnostics().sorted())
        .anySatisfy(d -> {
          assertThat(d.code()).isEqualTo("W-HTML-REMOVED");
          assertThat(d.at().file()).isEqualTo("content/practices/evil.md");
          assertThat(d.at().line()).isEqualTo(13);
        });
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

/** Internal links and anchors of rendered pages must resolve to output files and ids. */
class LinkCheckerTest {

  private static OutputFile page(String path, String body) {
    return OutputFile.text(path, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/a/assets/site.css\">"
        + "</head><body>" + body + "</body></html>");
  }

  private static List<Diagnostic> check(String basePath, OutputFile... files) {
    Diagnostics diagnostics = new Diagnostics();
    new LinkChecker().check(List.of(files), basePath, diagnostics);
    return diagnostics.sorted();
  }

  @Test
  void goodLinksOfEveryShapePass() {
    List<Diagnostic> found = check("/a/",
        OutputFile.text("assets/site.css", "body{}"),
        page("index.html", "<a href=\"/a/\">首页</a><a href=\"/a/tags/%E5%85%9A/\">党</a><a href=\"/a/tags/党/#top\">党</a>"
            + "<a href=\"practices/x/\">x</a><a href=\"#main\">skip</a><main id=\"main\"></main>"
            + "<a href=\"https://example.org/nowhere\">out</a><a href=\"mailto:a@b.c\">mail</a><a href=\"#\">top</a>"
            + "<img src=\"/a/media/x.svg\" alt=\"\"><a href=\"/a/?q=1\">q</a>"),
        page("tags/党/index.html", "<h2 id=\"top\">t</h2><a href=\"../../practices/x/#第一节\">x</a>"),
        page("practices/x/index.html", "<h2 id=\"第一节\">一</h2><a href=\"../../\">up</a><a href=\"#%E7%AC%AC%E4%B8%80%E8%8A%82\">e</a>"),
        OutputFile.text("media/x.svg", "<svg/>"));
    assertThat(found).isEmpty();
  }

  @Test
  void aLinkToAMissingPageIsAnErrorAtThePageNamingTheLink() {
    List<Diagnostic> found = check("/a/",
        OutputFile.text("assets/site.css", ""),
        page("practices/x/index.html", "<p><a href=\"/a/practices/gone/\">gone</a></p>"));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-LINK");
      assertThat(d.at().toString()).isEqualTo("site/practices/x/index.html");
      assertThat(d.args()).containsExactly("/a/practices/gone/", "practices/gone/index.html");
    });
  }

  @Test
  void aLinkWithoutTheBasePathLeavesTheSiteAndIsAnError() {
    List<Diagnostic> found = check("/a/",
        OutputFile.text("assets/site.css", ""),
        page("index.html", "<a href=\"/practices/\">p</a>"),
        page("practices/index.html", ""));
    assertThat(found).extracting(Diagnostic::code).containsExactly("E-LINK");
  }

  @Test
  void aMissingAnchorOnTheSameOrAnotherPageIsAnError() {
    List<Diagnostic> found = check("/",
        OutputFile.text("a/assets/site.css", ""),
        page("index.html", "<a href=\"#nowhere\">a</a><a href=\"/x/#gone\">b</a><a href=\"/x/#here\">c</a>"),
        page("x/index.html", "<h2 id=\"here\">h</h2>"));
    assertThat(found).filteredOn(d -> d.code().equals("E-ANCHOR"))
        .extracting(d -> d.args().get(1))
        .containsExactlyInAnyOrder("nowhere", "gone");
  }

  @Test
  void aRelativeLinkClimbingAboveTheRootIsAnError() {
    List<Diagnostic> found = check("/",
        page("index.html", "<a href=\"../../x/\">x</a><link rel=\"stylesheet\" href=\"/a/assets/site.css\">"),
        OutputFile.text("a/assets/site.css", ""));
    assertThat(found).extracting(Diagnostic::code).containsExactly("E-LINK");
  }

  @Test
  void aPageReadBeforeTheFileItLinksToIsMadeIsCheckedOnceEveryFileIsAdded() {
    // A build writes each step's files as the step finishes: the search page links to the
    // search engine's script, which the search step makes after the pages are written.
    Diagnostics diagnostics = new Diagnostics();
    LinkChecker.Pages pages = new LinkChecker().pages(List.of("assets/site.css"), "/a/", LinkSources.NONE, diagnostics);
    pages.read(page("search/index.html", "<script src=\"/a/search/engine.js\"></script><a href=\"/a/x/#t\">x</a>"
        + "<a href=\"/a/never/\">never</a>"));
    pages.add(List.of("search/engine.js", "x/index.html"));
    pages.read(page("x/index.html", "<h2 id=\"t\">t</h2>"));
    assertThat(diagnostics.sorted()).as("nothing is reported before the check").isEmpty();

    assertThat(pages.check()).as("internal links, each page's stylesheet too").isEqualTo(5);
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-LINK");
      assertThat(d.args()).containsExactly("/a/never/", "never/index.html");
    });
  }

  @Test
  void tellsALinkWithAUrlSchemeFromAPathOnTheSite() {
    for (String external : List.of("https://example.org/", "mailto:a@b.cn", "tel:+8605131234567", "a+b.c-d:x", "HTTP:x")) {
      assertThat(LinkChecker.hasScheme(external)).as(external).isTrue();
    }
    for (String internal : List.of("", ":x", "1http:x", "practices/a:b", "page.html", "x", "/materials/", "-a:b")) {
      assertThat(LinkChecker.hasScheme(internal)).as(internal).isFalse();
    }
  }
}

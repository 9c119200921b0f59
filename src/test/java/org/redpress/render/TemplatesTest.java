package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.SafeHtml;
import org.redpress.output.OutputFile;

/** The Freemarker set-up: escaping, safe HTML, no Java access, and located template errors. */
class TemplatesTest {

  @TempDir Path dir;

  private Templates templates(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
    return Templates.open(dir, ThemeMessages.of(Map.of(), new Diagnostics()), new Diagnostics()).orElseThrow();
  }

  @Test
  void stringsAreEscapedAndOnlySafeHtmlPrintsAsMarkup() throws IOException {
    Templates t = templates("t.ftlh", "<p title=\"${text}\">${text}</p>${html}");
    Diagnostics diagnostics = new Diagnostics();
    String out = t.render("t.ftlh", Map.of("text", "<b>\" onmouseover=\"x", "html", new SafeHtml("<b>粗</b>")),
        diagnostics).orElseThrow();
    assertThat(out).isEqualTo(
        "<p title=\"&lt;b&gt;&quot; onmouseover=&quot;x\">&lt;b&gt;&quot; onmouseover=&quot;x</p><b>粗</b>");
  }

  @Test
  void recordsShowTheirComponentsNestedRecordsAndMethods() throws IOException {
    Templates t = templates("r.ftlh",
        "${card.title}|${card.parent.title}|${card.parent.parent???c}|<#list card.tags as tag>${tag};</#list>"
            + "|${card.body}|${card.titled('→')}|${card.nothing!'无'}");
    SampleCard card = new SampleCard("<志愿服务>", new SampleCard("上级", null, List.of(), null), List.of("党建", "a&b"),
        new SafeHtml("<em>正文</em>"));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(t.render("r.ftlh", Map.of("card", card), diagnostics)).as(() -> diagnostics.sorted().toString()).contains(
        "&lt;志愿服务&gt;|上级|false|党建;a&amp;b;|<em>正文</em>|→&lt;志愿服务&gt;|无");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void numbersPrintWithoutGroupingSeparators() throws IOException {
    String out = templates("n.ftlh", "${n}").render("n.ftlh", Map.of("n", 1234567), new Diagnostics()).orElseThrow();
    assertThat(out).isEqualTo("1234567");
  }

  @Test
  void templatesCannotReachJavaClasses() throws IOException {
    Templates t = templates("evil.ftlh",
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(t.render("evil.ftlh", Map.of(), diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-TEMPLATE");
      assertThat(d.at().line()).isEqualTo(1);
    });
    Templates api = templates("api.ftlh", "${text?api.getClass()}");
    Diagnostics second = new Diagnostics();
    assertThat(api.render("api.ftlh", Map.of("text", "x"), second)).isEmpty();
    assertThat(second.sorted()).extracting(Diagnostic::code).containsExactly("E-TEMPLATE");
  }

  @Test
  void aMissingValueIsAnErrorAtTheTemplateLineAndColumnWithoutAStackTrace() throws IOException {
    Templates t = templates("m.ftlh", "<p>一</p>\n<p>${view.nosuch.thing}</p>\n");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(t.render("m.ftlh", Map.of("view", Map.of()), diagnostics)).isEmpty();
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-TEMPLATE");
    assertThat(d.at().file()).isEqualTo(dir.getFileName() + "/m.ftlh");
    assertThat(d.at().line()).isEqualTo(2);
    assertThat(d.at().column()).isEqualTo(6);
    assertThat(d.args().get(0)).contains("view.nosuch").doesNotContain("\n", "\tat ", "----");
  }

  @Test
  void aSyntaxErrorIsReportedAtItsLine() throws IOException {
    Templates t = templates("s.ftlh", "<p>\n\n<#if x>\n没有结束\n");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(t.render("s.ftlh", Map.of(), diagnostics)).isEmpty();
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-TEMPLATE");
    assertThat(d.at().line()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aBrokenThemeTemplateGivesETemplateAtItsLineWhenTheSiteRenders(@TempDir Path project) throws IOException {
    Path theme = RenderFixture.copyOfTheme(project.resolve("theme"));
    Files.writeString(theme.resolve("taxonomy.ftlh"), "<#import \"layout.ftlh\" as layout>\n"
        + "<@layout.page ctx=page>\n<h1>${view.title}</h1>\n<p>${view.missing}</p>\n</@layout.page>\n");
    Path site = RenderFixture.project(project.resolve("site"), Fixtures.ALLIANCE);
    Diagnostics diagnostics = new Diagnostics();
    List<OutputFile> files = RenderFixture.render(site, theme, diagnostics);
    assertThat(diagnostics.sorted()).filteredOn(Diagnostic::isError)
        .isNotEmpty()
        .allSatisfy(d -> {
          assertThat(d.code()).isEqualTo("E-TEMPLATE");
          assertThat(d.at().toString()).isEqualTo("theme/taxonomy.ftlh:4:6");
        });
    assertThat(files).extracting(OutputFile::path).doesNotContain("tags/index.html").contains("index.html");
  }

  @Test
  void aMissingTemplateFolderIsOneError() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(Templates.open(dir.resolve("nope"), ThemeMessages.of(Map.of(), diagnostics), diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-TEMPLATE");
  }
}

package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;

class MediaCheckTest {

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private boolean check(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new MediaCheck(diagnostics).check(file, "content/media/" + name);
  }

  private static String svg(String inner) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n"
        + inner + "\n</svg>\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(document.cookie)</script>",
      "<SCRIPT>alert(1)</SCRIPT>",
      "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>",
      "<rect width=\"1\" height=\"1\" onload=\"alert(1)\"/>",
      "<rect width=\"1\" height=\"1\" OnClick=\"alert(1)\"/>",
      "<foreignObject><iframe src=\"https://evil.example/\"></iframe></foreignObject>",
      "<a href=\"javascript:alert(1)\"><text>x</text></a>",
      "<a xlink:href=\"https://evil.example/\"><text>x</text></a>",
      "<image href=\"https://tracker.example/pixel.png\"/>",
      "<use href=\"https://evil.example/sprite.svg#a\"/>",
      "<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>",
      "<style>@import url(https://evil.example/x.css);</style>",
      "<rect style=\"fill: url(https://evil.example/p.svg#p)\"/>",
      "<embed src=\"evil.swf\"/>",
  })
  void refusesAnSvgThatCouldRunScriptOrLoadFromOutside(String inner) throws IOException {
    assertThat(check("evil.svg", svg(inner))).isFalse();

    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-MEDIA-SVG");
      assertThat(d.at().file()).isEqualTo("content/media/evil.svg");
      assertThat(d.at().line()).as("the line of the offending element").isEqualTo(2);
    });
  }

  @Test
  void refusesAnSvgWithADtdOrEntities() throws IOException {
    String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>\n" + svg("<text>&a;</text>");
    assertThat(check("bomb.svg", bomb)).isFalse();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code, d -> d.at().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E-MEDIA-SVG", 2));
  }

  @Test
  void publishesAPlainPictureWithGradientsAndLocalReferences() throws IOException {
    String picture = svg("""
        <defs><linearGradient id="g"><stop offset="0" stop-color="#c62828"/></linearGradient>
        <symbol id="s"><rect width="2" height="2"/></symbol></defs>
        <rect width="10" height="10" fill="url(#g)" style="fill: url('#g')"/>
        <use href="#s"/><use xlink:href="#s"/>
        <text x="1" y="5" font-family="sans-serif">红色驿站 &amp; 阵地</text>""");
    assertThat(check("ok.svg", picture)).isTrue();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"page.html", "page.HTM", "app.js", "module.mjs", "feed.xml", "old.svgz", "x.xhtml"})
  void refusesFilesABrowserWouldRunAsAPageOrScript(String name) throws IOException {
    assertThat(check(name, "<script>alert(1)</script>")).isFalse();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-MEDIA-ACTIVE");
  }

  @Test
  void publishesDocumentsAndPicturesAsTheyAre() throws IOException {
    assertThat(check("handout.pdf", "%PDF-1.4")).isTrue();
    assertThat(check("photo.jpg", "\u00ff\u00d8")).isTrue();
    assertThat(check("notes.txt", "<script>shown as text</script>")).isTrue();
    assertThat(diagnostics.sorted()).isEmpty();
  }
}

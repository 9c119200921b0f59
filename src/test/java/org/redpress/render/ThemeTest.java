package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The default theme's promises: safe templates, small CSS, no third parties, no inline script. */
class ThemeTest {

  private static final Path THEME = RenderFixture.THEME;

  /**
   * Expressions allowed to bypass auto-escaping. None: rendered Markdown arrives as a {@code
   * SafeHtml} that the object wrapper turns into markup, so templates print it with plain ${…}.
   */
  private static final List<String> DESIGNATED_SAFE_HTML = List.of();

  @Test
  void noTemplateTurnsAutoEscapingOff() throws IOException {
    Pattern bypass = Pattern.compile("\\$\\{([^}]*)\\?no_esc\\}|noautoesc|\\?no_esc|outputformat|autoesc\\s*=\\s*false");
    try (Stream<Path> files = Files.walk(THEME)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftl")).toList()) {
        var m = bypass.matcher(Files.readString(file));
        while (m.find()) {
          assertThat(m.group(1)).as(file + " turns escaping off: " + m.group())
              .isNotNull().isIn(DESIGNATED_SAFE_HTML);
        }
      }
    }
  }

  @Test
  void theStylesheetIsUnder30KilobytesAndUsesOnlySystemFonts() throws IOException {
    Path css = THEME.resolve("assets/site.css");
    assertThat(Files.size(css)).isLessThan(30 * 1024);
    String text = Files.readString(css);
    assertThat(text).doesNotContain("@font-face", "@import", "url(");
    assertThat(text).contains("font-size: 106.25%", "line-height: 1.7", "html.large-text", "@media print", ":focus-visible");
  }

  @Test
  void theThemeMakesNoThirdPartyRequests() throws IOException {
    try (Stream<Path> files = Files.walk(THEME)) {
      // The card font is binary and makes no request; every other theme file is text.
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".otf")).toList()) {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).doesNotContainPattern("src=\"https?://|href=\"https?://(?!beian\\.miit\\.gov\\.cn/|beian\\.mps\\.gov\\.cn/)");
      }
    }
  }

  @Test
  void theLargeTypeScriptIsExternalNotDeferredAndRemembered() throws IOException {
    String js = Files.readString(THEME.resolve("assets/theme.js"));
    assertThat(js).contains("localStorage", "aria-pressed", "large-text");
    Document doc = Jsoup.parse(Files.readString(THEME.resolve("layout.ftlh")));
    assertThat(doc.select("head script")).allSatisfy(s -> assertThat(s.hasAttr("src")).isTrue());
    assertThat(Files.readString(THEME.resolve("layout.ftlh")))
        .contains("<script src=\"${ctx.themeJs}\"></script>")
        .contains("<button type=\"button\" class=\"large-toggle\" id=\"large-toggle\" aria-pressed=\"false\" hidden>${t(\"layout.largeText\")}</button>");
  }
}

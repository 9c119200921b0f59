package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;
import org.redpress.diagnostics.SourcePosition;

class OverlayTest {

  private final BuildFailure failure = BuildFailure.of(7, List.of(
      Diagnostic.error("E-DATE", new SourcePosition("content/practices/a.md", 3, 7), "<img src=x onerror=alert(1)>"),
      Diagnostic.warning("W-FIELD", new SourcePosition("content/practices/a.md", 4, 1), "x", "")),
      Messages.forLanguage("zh"));

  @Test
  void listsEachErrorWithItsLocationAndMessageAllEscaped() {
    String html = Overlay.html(failure);
    assertThat(html).startsWith("<aside id=\"redpress-overlay\" role=\"alert\" data-failure=\"7\">")
        .contains("<code>content/practices/a.md:3:7</code> 错误 E-DATE")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img");
  }

  @Test
  void leavesWarningsOutBecauseTheyDoNotFailABuild() {
    assertThat(failure.lines()).extracting(BuildFailure.Line::code).containsExactly("E-DATE");
    assertThat(failure.title()).contains("1 个错误");
  }

  @Test
  void sendsTheSameErrorsToTheBrowserAsJsonText() {
    assertThat(failure.json()).startsWith("{\"id\":7,\"title\":")
        .contains("\"location\":\"content/practices/a.md:3:7\"")
        .contains("\"code\":\"E-DATE\"");
  }

  @Test
  void insertsTheScriptBeforeTheLastClosingBodyTagInAnyCase() {
    String html = "<html><body><p>a</body> text </BODY></html>";
    String out = inject(html, Optional.empty());
    assertThat(out).isEqualTo("<html><body><p>a</body> text <script src=\"/__redpress/live.js\" defer></script>"
        + "</BODY></html>");
  }

  @Test
  void appendsTheScriptWhenThereIsNoBodyTagAndPutsTheOverlayBeforeIt() {
    assertThat(inject("<p>片段</p>", Optional.of(failure)))
        .startsWith("<p>片段</p><aside id=\"redpress-overlay\"")
        .endsWith("</aside><script src=\"/__redpress/live.js\" defer></script>");
  }

  private static String inject(String html, Optional<BuildFailure> f) {
    return new String(HtmlInjection.inject(html.getBytes(StandardCharsets.UTF_8), "/", f), StandardCharsets.UTF_8);
  }
}

package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Catalogue rows M1 to M6 and M11: what editors' Markdown must never smuggle into a page. */
class MarkdownSecurityTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private String html(RenderedMarkdown rendered) {
    return rendered.html().html();
  }

  /** Nothing executable in the output, whatever the input; text may mention anything. */
  static void assertInert(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    assertThat(body.select("script, style, iframe, object, embed, svg, math, form")).isEmpty();
    UrlPolicy policy = new UrlPolicy();
    for (Element el : body.getAllElements()) {
      for (Attribute attr : el.attributes()) {
        assertThat(attr.getKey()).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
        if (attr.getKey().equals("href") || attr.getKey().equals("src")) {
          assertThat(policy.isAllowed(attr.getValue())).as("%s in %s", attr, html).isTrue();
        }
      }
    }
  }

  @Test
  void removesScriptElementsFromRawHtmlBlocks() { // M1
    RenderedMarkdown out = renderer.render("前言\n\n<script>alert(1)</script>\n\n后记");

    assertThat(html(out)).doesNotContain("<script", "alert(1)").contains("前言", "后记");
    assertThat(out.removed()).contains("<script> element");
  }

  @Test
  void removesInlineScriptElements() { // M1
    RenderedMarkdown out = renderer.render("文字 <script>alert(1)</script> 结尾");

    assertThat(html(out)).doesNotContain("<script", "alert(1)").contains("文字", "结尾");
    assertThat(out.removed()).containsExactly("<script> element");
  }

  @Test
  void removesEventHandlerAttributesFromImages() { // M2
    RenderedMarkdown out = renderer.render("<img src=x onerror=alert(1)>\n\n图 <img src=\"a.png\" onload=\"x()\">");

    assertThat(html(out)).doesNotContain("onerror", "onload").contains("<img src=\"x\">");
    assertThat(out.removed()).contains("onerror attribute", "onload attribute");
    assertInert(html(out));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[点我](javascript:alert(1))",
        "[点我](JaVaScRiPt:alert(1))",
        "[点我](<javascript:alert(1)>)",
        "<a href=\"java&#9;script:alert(1)\">点我</a>",
        "<a href=\"java\tscript:alert(1)\">点我</a>",
        "<a href=\" javascript:alert(1)\">点我</a>",
        "<a href=\"&#32;\u0001javascript:alert(1)\">点我</a>",
        "[点我]( javascript:alert(1))"
      })
  void keepsTheTextButDropsJavascriptLinks(String markdown) { // M3
    RenderedMarkdown out = renderer.render(markdown);

    assertThat(html(out)).contains("点我").doesNotContain("<a ");
    assertThat(out.removed()).containsExactly("javascript: link");
    assertInert(html(out));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[点我](java\tscript:alert(1))", "[点我](java script:alert(1))"})
  void leavesJavascriptDestinationsBrokenByWhitespaceAsPlainText(String markdown) { // M3
    RenderedMarkdown out = renderer.render(markdown);

    // CommonMark does not read these as links at all: the brackets stay as text.
    assertThat(html(out)).contains("[点我]").doesNotContain("<a ");
    assertInert(html(out));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[点我](java&#115;cript:alert(1))",
        "[点我](&#x6A;avascript:alert(1))",
        "[点我](javascript&colon;alert(1))",
        "<a href=\"&#x6A;avascript:alert(1)\">点我</a>"
      })
  void dropsJavascriptLinksHiddenByHtmlEntities(String markdown) { // M4, flexmark#672
    RenderedMarkdown out = renderer.render(markdown);

    assertThat(html(out)).contains("点我").doesNotContain("<a ");
    assertThat(out.removed()).containsExactly("javascript: link");
    assertInert(html(out));
  }

  @Test
  void dropsDataVbscriptAndFileLinks() { // M5, flexmark#675
    RenderedMarkdown out =
        renderer.render(
            "[a](data:text/html,<b>x</b>) [b](vbscript:msgbox(1)) [c](file:///etc/passwd)"
                + " [d](d&#97;ta:text/html,x)");

    assertThat(html(out)).doesNotContain("<a ", "data:", "vbscript:", "file:");
    assertThat(out.removed()).containsExactly("data: link", "vbscript: link", "file: link");
  }

  @Test
  void dropsJavascriptImagesAndKeepsTheirAltText() { // M6
    RenderedMarkdown out = renderer.render("![替代文字](javascript:alert(1)) <img src=\"data:image/svg+xml,x\">");

    assertThat(html(out)).doesNotContain("<img", "javascript:").contains("替代文字");
    assertThat(out.removed()).containsExactly("javascript: image", "data: image");
  }

  @Test
  void dropsJavascriptAutolinks() { // M6
    RenderedMarkdown out = renderer.render("<javascript:alert(1)> 和 <vbscript:x>");

    assertThat(html(out)).doesNotContain("<a ");
    assertThat(out.removed()).containsExactly("javascript: link", "vbscript: link");
  }

  @Test
  void leavesAttributeSyntaxAsText() { // M11
    RenderedMarkdown out = renderer.render("# 标题 {onclick=alert(1)}\n\n段落{onclick=x}\n\n[链接](/a){onclick=x}");

    assertThat(html(out)).contains("{onclick=x}").doesNotContain(" onclick=");
    assertThat(out.removed()).isEmpty();
  }

  @Test
  void neverEmitsStylesFramesOrForeignMarkup() {
    RenderedMarkdown out =
        renderer.render(
            "<style>body{display:none}</style>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<svg><script>alert(1)</script></svg>\n\n<object data=\"x.swf\"></object>\n\n"
                + "<form action=\"https://evil.example\"><input name=q></form>\n\n"
                + "<p style=\"background:url(javascript:x)\" class=\"btn\">文字</p>");

    assertInert(html(out));
    assertThat(html(out)).doesNotContain("<svg", "<object", "<form", "<input", "style=", "btn");
    assertThat(html(out)).contains("<p>文字</p>");
    assertThat(out.removed())
        .contains(
            "<style> element",
            "<iframe> element",
            "<svg> element",
            "<object> element",
            "<form> element",
            "<input> element",
            "style attribute",
            "class attribute");
  }

  @Test
  void keepsOnlyTheClassesFlexmarkUses() {
    RenderedMarkdown out = renderer.render("<div class=\"footnotes btn-primary\">注</div>");

    assertThat(html(out)).contains("<div class=\"footnotes\">注</div>");
    assertThat(out.removed()).containsExactly("\"btn-primary\" class");
  }

  @Test
  void dropsAttributesSmuggledOntoTheBodyElement() {
    String html = html(renderer.render("<body onload=\"alert(1)\">\n\n正文"));

    assertInert(html);
    assertThat(html).contains("正文").doesNotContain("onload", "alert");
  }

  @Test
  void marksExternalLinksNoopenerAndLeavesInternalOnes() {
    String html = html(renderer.render("[外](https://example.com) [内](/venues/) https://auto.example.com"));

    assertThat(html)
        .contains("<a href=\"https://example.com\" rel=\"noopener\">外</a>")
        .contains("<a href=\"/venues/\">内</a>")
        .contains("<a href=\"https://auto.example.com\" rel=\"noopener\">");
  }
}

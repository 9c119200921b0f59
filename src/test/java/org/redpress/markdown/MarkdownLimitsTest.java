package org.redpress.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Catalogue rows M7 to M10: pathological Markdown finishes quickly on a 512 KiB stack, either
 * rendered or shown as escaped text with a note, and never throws.
 */
class MarkdownLimitsTest {

  /** The catalogue's bound for M7 and M8. */
  private static final Duration FAST = Duration.ofSeconds(2);

  /**
   * M9 asks only that huge bodies complete; this bound still catches quadratic time (minutes)
   * without failing on a loaded CI machine.
   */
  private static final Duration COMPLETES = Duration.ofSeconds(20);

  private static final MarkdownRenderer renderer = new MarkdownRenderer();

  @BeforeAll
  static void warmUp() {
    // Class loading and the JIT would otherwise be charged to the first timed case.
    for (int i = 0; i < 20; i++) {
      renderer.render("# 热身\n\n- *a* [b](/c)\n\n| x |\n|---|\n| y |\n\n> q[^1]\n\n[^1]: n");
    }
  }

  private static RenderedMarkdown renderFast(String markdown) {
    return renderWithin(FAST, markdown);
  }

  private static RenderedMarkdown renderWithin(Duration limit, String markdown) {
    SmallStack.Timed timed = SmallStack.render(renderer, markdown);
    assertThat(timed.took()).isLessThan(limit);
    MarkdownSecurityTest.assertInert(timed.result().html().html());
    return timed.result();
  }

  private static void assertShownAsText(RenderedMarkdown out, String noteFragment) {
    assertThat(out.html().html()).startsWith("<pre>").endsWith("</pre>");
    assertThat(out.removed()).singleElement().asString().contains(noteFragment).endsWith("shown as plain text");
    assertThat(out.headings()).isEmpty();
  }

  @Test
  void showsTenThousandNestedQuotesAsTextWithoutStackOverflow() { // M7
    RenderedMarkdown out = renderFast(">".repeat(10_000) + " 引文");

    assertShownAsText(out, "nested more than");
    assertThat(out.html().html()).contains("&gt;&gt;&gt;", "引文");
  }

  @Test
  void showsTenThousandNestedQuotesWithSpacesAsText() { // M7
    assertShownAsText(renderFast("> ".repeat(10_000) + "引文"), "nested more than");
  }

  @Test
  void stillRendersQuotesNestedAFewLevels() { // M7, the limit leaves real content alone
    RenderedMarkdown out = renderFast("> > > > 引文");

    assertThat(out.removed()).isEmpty();
    assertThat(out.html().html()).contains("<blockquote>").doesNotStartWith("<pre>");
  }

  @Test
  void showsTenThousandLevelNestedListsAsText() { // M8
    assertShownAsText(renderFast("- ".repeat(10_000) + "项"), "nested more than");
    assertShownAsText(renderFast("1. ".repeat(10_000) + "项"), "nested more than");
  }

  @Test
  void showsListsNestedByIndentationAsText() { // M8
    StringBuilder md = new StringBuilder();
    for (int level = 0; level < 1_000; level++) {
      md.append("  ".repeat(level)).append("- 项\n");
    }
    assertShownAsText(renderFast(md.toString()), "indented more than");
  }

  @Test
  void rendersTenThousandOpeningBracketsAsText() { // M8
    RenderedMarkdown out = renderFast("[".repeat(10_000));

    assertThat(out.removed()).isEmpty();
    assertThat(out.html().html()).isEqualTo("<p>" + "[".repeat(10_000) + "</p>\n");
  }

  @Test
  void showsTenThousandNestedLinksAsText() { // M8
    assertShownAsText(renderFast("[".repeat(10_000) + "a" + "](b)".repeat(10_000)), "brackets");
    assertShownAsText(renderFast("![".repeat(10_000) + "a" + "](b)".repeat(10_000)), "brackets");
  }

  @Test
  void handlesTenThousandStars() { // M8
    RenderedMarkdown inline = renderFast("文字 " + "*".repeat(10_000));
    assertThat(inline.removed()).isEmpty();
    assertThat(inline.html().html()).contains("*".repeat(10_000));

    // A line of stars alone is a thematic break, whose regex recurses once per character.
    assertShownAsText(renderFast("*".repeat(10_000)), "'-', '*' or '_'");
    // Stars around a word nest emphasis 5,000 deep: the stack overflow is caught.
    assertShownAsText(
        renderFast("文字 " + "*".repeat(10_000) + "a" + "*".repeat(10_000)), "nested");
  }

  @Test
  void rendersTenThousandBackticks() { // M8
    RenderedMarkdown out = renderFast("`".repeat(10_000) + "\n\n文字 " + "`".repeat(10_000) + " 完");

    assertThat(out.removed()).isEmpty();
    assertThat(out.html().html()).contains("完");
  }

  @Test
  void showsManyUnclosedLinksAsText() { // M8, quadratic in flexmark
    assertShownAsText(renderFast("[a](".repeat(10_000)), "unclosed links");
    assertShownAsText(renderFast("x\n\n" + "[a](\n".repeat(10_000)), "unclosed links");
  }

  @Test
  void rendersAParagraphAtTheTwoMebibyteCap() { // M9, bodies beyond 2 MiB are refused earlier
    String unit = "红色教育联盟开展学习活动，参观 [阵地](/venues/a/)。";
    String paragraph = unit.repeat(2 * 1024 * 1024 / unit.getBytes(UTF_8).length);

    RenderedMarkdown out = renderWithin(COMPLETES, paragraph);

    assertThat(out.removed()).isEmpty();
    assertThat(out.html().html()).startsWith("<p>").contains("<a href=\"/venues/a/\">阵地</a>");
  }

  @Test
  void rendersManyReferenceDefinitionsSeparatedByBlankLines() { // M9
    StringBuilder md = new StringBuilder("见 [r99999]。\n\n");
    for (int i = 0; i < 100_000; i++) {
      md.append("[r").append(i).append("]: /x").append(i).append("\n\n");
    }

    RenderedMarkdown out = renderWithin(COMPLETES, md.toString());

    assertThat(out.removed()).isEmpty();
    assertThat(out.html().html()).isEqualTo("<p>见 <a href=\"/x99999\">r99999</a>。</p>\n");
  }

  @Test
  void showsAHundredThousandAdjacentReferenceDefinitionsAsText() { // M9, quadratic in flexmark
    StringBuilder md = new StringBuilder("见 [r1]。\n\n");
    for (int i = 0; i < 100_000; i++) {
      md.append("[r").append(i).append("]: /x").append(i).append('\n');
    }
    assertShownAsText(renderWithin(COMPLETES, md.toString()), "longer than");
  }

  @Test
  void rendersATableOfAThousandRows() { // M9, the block limit leaves real tables alone
    String table = "| 名称 | 链接 |\n|---|---|\n" + "| 阵地 | [看](/venues/a/) |\n".repeat(1_000);

    RenderedMarkdown out = renderFast(table);

    assertThat(out.removed()).isEmpty();
    assertThat(out.html().html()).contains("<table>");
  }

  @Test
  void givesTwentyThousandEqualHeadingsDistinctIdsWithoutQuadraticTime() { // quadratic before: minutes
    RenderedMarkdown out = renderWithin(COMPLETES, "## 同名标题\n\n".repeat(20_000));

    assertThat(out.headings()).hasSize(20_000);
    assertThat(out.html().html()).contains("id=\"同名标题\"", "id=\"同名标题-1\"", "id=\"同名标题-19999\"")
        .doesNotContain("id=\"同名标题-20000\"");
  }

  @Test
  void rendersTwentyThousandFootnotesWithoutQuadraticTime() { // quadratic in flexmark's attribute lookup
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      md.append("文字[^").append(i).append("]\n\n[^").append(i).append("]: 注释").append(i).append("\n\n");
    }

    RenderedMarkdown out = renderWithin(COMPLETES, md.toString());

    assertThat(out.removed()).isEmpty();
    assertThat(out.html().html()).contains("注释19999", "href=\"#fn-20000\"");
  }

  @Test
  void neverThrowsAndProducesOutputTheSanitiserLeavesUnchanged() { // M10
    List<String> pieces =
        List.of(
            "#", "## ", "> ", "- ", "1. ", "* ", "+ ", "\n", "\n\n", "    ", "\t", "```", "~~~", "`",
            "*", "**", "_", "~~", "[", "]", "(", ")", "![", "<", ">", "&", "&#106;", "&amp;", "\\",
            "|", "|---|", "[^1]", "[^1]: ", "[TOC]", "{onclick=x}", "javascript:", "data:",
            "https://example.com", "www.example.com", "a@b.cn", "<script>", "</script>",
            "<img src=x onerror=y>", "<a href=\"javascript:x\">", "</a>", "<div>", "</div>",
            "<details>", "<summary>", "<!--", "-->", "<style>", "中文", "。", "😀", "一、",
            "\u0000", "\u200B", "---", "===", "a", " ");
    Random random = new Random(20240612);
    HtmlSanitizer sanitizer = new HtmlSanitizer(new UrlPolicy());
    for (int doc = 0; doc < 400; doc++) {
      StringBuilder md = new StringBuilder();
      int length = 1 + random.nextInt(80);
      for (int i = 0; i < length; i++) {
        md.append(pieces.get(random.nextInt(pieces.size())));
      }
      String html = renderFast(md.toString()).html().html();

      HtmlSanitizer.Cleaned again = sanitizer.clean(html);
      assertThat(again.removed()).as("second pass over %s", md).isEmpty();
      assertThat(again.body().html()).as("second pass over %s", md).isEqualTo(html);
    }
  }
}

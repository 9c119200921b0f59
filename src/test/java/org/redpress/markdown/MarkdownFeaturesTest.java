package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.redpress.markdown.RenderedMarkdown.Heading;

class MarkdownFeaturesTest {

  private static final String ARTICLE =
      String.join(
          "\n",
          "[TOC]",
          "",
          "## 一、支部建设",
          "",
          "支部开展了~~两次~~三次学习[^1]，详见 https://example.com/report 。",
          "",
          "### 1.1 学习安排",
          "",
          "| 日期 | 内容 | 人数 |",
          "|:---|:---:|---:|",
          "| 6月12日 | **参观** [阵地](/venues/lifaqiao/) | 30 |",
          "",
          "## 二、为民服务",
          "",
          "> 引文 *强调* `代码`",
          "",
          "1. 第一",
          "2. 第二",
          "",
          "```java",
          "int x = 1 < 2 ? 1 : 0;",
          "```",
          "",
          "<details><summary>展开</summary>",
          "",
          "隐藏的内容",
          "",
          "</details>",
          "",
          "<figure><img src=\"/media/a.jpg\" alt=\"合影\" width=\"300\"><figcaption>合影</figcaption></figure>",
          "",
          "[^1]: 见会议记录。",
          "");

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersTablesStrikethroughAutolinksAndCode() {
    String html = renderer.render(ARTICLE).html().html();

    assertThat(html)
        .contains("<table>", "<th align=\"left\">日期</th>", "<td align=\"right\">30</td>")
        .contains("<del>两次</del>")
        .contains("<a href=\"https://example.com/report\" rel=\"noopener\">")
        .contains("<pre><code class=\"language-java\">int x = 1 &lt; 2 ? 1 : 0;\n</code></pre>")
        .contains("<details><summary>展开</summary>", "<figure><img src=\"/media/a.jpg\"");
  }

  @Test
  void rendersFootnotesWithWorkingLinksBothWays() {
    String html = renderer.render(ARTICLE).html().html();

    assertThat(html)
        .contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>")
        .contains("<div class=\"footnotes\">", "<li id=\"fn-1\">")
        .contains("<a href=\"#fnref-1\" class=\"footnote-backref\">");
  }

  @Test
  void rendersTheTableOfContentsWithLinksToHeadingIds() {
    String html = renderer.render(ARTICLE).html().html();

    assertThat(html)
        .startsWith("<ul class=\"toc\">")
        .contains("<a href=\"#一支部建设\">一、支部建设</a>")
        .contains("<a href=\"#11-学习安排\">1.1 学习安排</a>")
        .contains("<a href=\"#二为民服务\">二、为民服务</a>");
  }

  @Test
  void givesChineseHeadingsIdsThatKeepTheHanCharacters() {
    RenderedMarkdown out = renderer.render(ARTICLE);

    assertThat(out.headings())
        .containsExactly(
            new Heading(2, "一支部建设", "一、支部建设"),
            new Heading(3, "11-学习安排", "1.1 学习安排"),
            new Heading(2, "二为民服务", "二、为民服务"));
    assertThat(out.html().html())
        .contains("<h2 id=\"一支部建设\"><a href=\"#一支部建设\" class=\"anchor\">一、支部建设</a></h2>");
  }

  @Test
  void makesHeadingIdsUniqueAndNeverEmpty() {
    RenderedMarkdown out =
        renderer.render("## 总结\n\n## 总结\n\n## 总结 1\n\n## ！！！\n\n## 😀\n\n## fn 1\n\n脚注[^1]\n\n[^1]: x");

    assertThat(out.headings())
        .extracting(Heading::id)
        .containsExactly("总结", "总结-1", "总结-1-1", "section", "section-1", "fn-1-1");
    assertThat(out.html().html()).doesNotContain("href=\"#\"");
  }

  @Test
  void givesRawHtmlHeadingsAnIdToo() {
    RenderedMarkdown out = renderer.render("## 活动\n\n<h2>活动</h2>");

    assertThat(out.headings()).extracting(Heading::id).containsExactly("活动", "活动-1");
    assertThat(out.html().html()).contains("<h2 id=\"活动-1\">活动</h2>");
  }

  @Test
  void sanitiserKeepsEverythingFlexmarkMakesFromLegitimateContent() {
    MarkdownRenderer.Flexmark raw = renderer.flexmark(ARTICLE);
    RenderedMarkdown out = renderer.render(ARTICLE);

    assertThat(out.removed()).isEmpty();
    // Compare as jsoup serialises both, minus the rel the sanitiser adds on purpose.
    String expected = Jsoup.parseBodyFragment(raw.html()).body().html();
    String actual =
        Jsoup.parseBodyFragment(out.html().html().replace(" rel=\"noopener\"", "")).body().html();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void joinsChineseLinesWithoutAStraySpace() {
    String html = renderer.render("第一行中文，\n第二行中文。\nEnglish line\nnext line").html().html();

    assertThat(html).contains("第一行中文，第二行中文。\nEnglish line\nnext line");
  }

  @Test
  void linearInlineParserGivesTheSameHtmlAsFlexmarksOwn() {
    Parser stock = Parser.builder(MarkdownRenderer.OPTIONS).build();
    HtmlRenderer html =
        HtmlRenderer.builder(MarkdownRenderer.OPTIONS)
            .htmlIdGeneratorFactory(new HeadingIds.Factory())
            .build();
    List<String> samples =
        List.of(
            ARTICLE,
            "[a](/b \"t\") [c][d] [e]\n\n[d]: /d 'x'\n[e]: <e f>",
            "![i](/i.png \"t\") <https://x.cn> <a@b.cn> *a **b** c* `x` \\* &amp; &copy;",
            "[a](\n/b\n\"t\") [unclosed]( x",
            "<span class=\"x\">y</span> www.example.com/path?q=1 [^n]\n\n[^n]: note",
            "| a | [b][r] |\n|---|---|\n| `c` | *d* |\n\n[r]: /r\n[^x]: y\n\n[^x] [r]",
            "Setext\n======\n\n- [ ] x\n- [link](</a b>)\n\n    code\n\n***");

    for (String sample : samples) {
      assertThat(renderer.flexmark(sample).html()).isEqualTo(html.render(stock.parse(sample)));
    }
  }

  @Test
  void rendersTheSameFromManyThreads() throws Exception {
    List<String> inputs =
        IntStream.range(0, 40).mapToObj(i -> ARTICLE + "\n\n## 第" + i + "节\n\n正文" + i).toList();
    List<String> expected = inputs.stream().map(md -> renderer.render(md).html().html()).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    // Every task waits for the gate, so the first eight render at the same time instead of
    // one after the other as the pool happens to start them.
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<String>> futures = inputs.stream().map(md -> pool.submit(() -> {
        gate.await();
        return renderer.render(md).html().html();
      })).toList();
      gate.countDown();
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

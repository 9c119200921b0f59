package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CjkTextTest {

  @Test
  void countsHanIdeographsOnly() {
    assertThat(CjkText.hanCount("红色教育，Red 2024年！")).isEqualTo(5);
    assertThat(CjkText.hanCount("𠀀𠀁")).isEqualTo(2); // outside the BMP, one each
    assertThat(CjkText.hanCount("abc，。😀")).isZero();
  }

  @Test
  void readsFourHundredHanCharactersAMinute() {
    assertThat(CjkText.readingMinutes("字".repeat(400))).isEqualTo(1);
    assertThat(CjkText.readingMinutes("字".repeat(2_000))).isEqualTo(5);
  }

  @Test
  void readsTwoHundredLatinWordsAMinuteOnTopOfTheHan() {
    assertThat(CjkText.readingMinutes("word ".repeat(1_000))).isEqualTo(5);
    assertThat(CjkText.readingMinutes("字".repeat(800) + " word".repeat(400))).isEqualTo(4);
  }

  @Test
  void neverSaysLessThanOneMinute() {
    assertThat(CjkText.readingMinutes("")).isEqualTo(1);
    assertThat(CjkText.readingMinutes("短。")).isEqualTo(1);
  }

  @Test
  void cutsTheSummaryAfterTheLastFullSentenceWithinTheLimit() {
    String text = "第一句话写在这里。第二句话也写在这里！第三句话非常长，长到放不下为止。";

    assertThat(CjkText.summary(text, 25)).isEqualTo("第一句话写在这里。第二句话也写在这里！");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    String text = "他说：“今天学习党史。”随后大家一起参观了纪念馆和展览。";

    assertThat(CjkText.summary(text, 20)).isEqualTo("他说：“今天学习党史。”");
  }

  @Test
  void cutsWithAnEllipsisWhenNoSentenceEndsInTime() {
    String summary = CjkText.summary("没有句号的一段很长很长很长很长的文字", 10);

    assertThat(summary).isEqualTo("没有句号的一段很长…");
    assertThat(summary.codePointCount(0, summary.length())).isEqualTo(10);
  }

  @Test
  void prefersAnEllipsisToAShortFirstSentence() {
    assertThat(CjkText.summary("好！接下来是一段没有句号的很长的说明文字", 12)).isEqualTo("好！接下来是一段没有句…");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "😀".repeat(10);

    String summary = CjkText.summary(text, 5);

    assertThat(summary).isEqualTo("😀😀😀😀…");
    assertThat(summary.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
        .isEqualTo(summary.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
  }

  @Test
  void collapsesWhitespaceAndJoinsHardWrappedChinese() {
    assertThat(CjkText.summary("  第一行\n  第二行  and \n\n English\t text  ", 100))
        .isEqualTo("第一行第二行 and English text");
    assertThat(CjkText.summary("支部书记 张三", 100)).isEqualTo("支部书记 张三");
  }

  @Test
  void returnsShortTextWhole() {
    assertThat(CjkText.summary("短文。", 10)).isEqualTo("短文。");
  }

  @Test
  void refusesANonPositiveLimit() {
    assertThatThrownBy(() -> CjkText.summary("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extractsPlainTextWithoutTocOrFootnoteMarkers() {
    SafeHtml html = new MarkdownRenderer().render("[TOC]\n\n## 标题\n\n正文[^1]。\n\n[^1]: 注释").html();

    assertThat(CjkText.plainText(html)).isEqualTo("标题 正文。 注释");
  }

  @Test
  void aRenderedBodyCarriesThePlainTextItsHtmlReadsAs() {
    for (String markdown : new String[] {
        "[TOC]\n\n## 标题\n\n正文[^1]。\n\n[^1]: 注释",
        "| 项目 | 数 |\n|---|---|\n| 甲 | 1 |\n\n```\n代码  两个空格\n```\n\n> 引用\n> 第二行",
        "<div>原始 <b>HTML</b></div>\n\n- 一\n- 二\n\n<script>alert(1)</script>",
        "> ".repeat(40) + "引用 <b>太深</b>"}) { // the last is refused and shown as plain text
      RenderedMarkdown rendered = new MarkdownRenderer().render(markdown);

      assertThat(rendered.text()).as(markdown).isEqualTo(CjkText.plainText(rendered.html()));
    }
    assertThat(new MarkdownRenderer().render("> ".repeat(40) + "引用 <b>太深</b>").removed())
        .anyMatch(r -> r.endsWith("shown as plain text"));
  }
}

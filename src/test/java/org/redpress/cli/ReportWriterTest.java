package org.redpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redpress.build.BuildResult;
import org.redpress.build.StageTiming;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;
import org.redpress.diagnostics.SourcePosition;

class ReportWriterTest {

  private static final BuildResult TIMED = new BuildResult(Optional.empty(), List.of(),
      List.of(new StageTiming("load", Duration.ofMillis(12)), new StageTiming("validate", Duration.ofMillis(30))),
      Optional.empty());

  @Test
  void sumsTheStageTimingsIntoATotal() {
    String md = new ReportWriter(Messages.forLanguage("zh")).render(TIMED, List.of());
    assertThat(md).endsWith("""
        ### 各阶段用时

        | 阶段 | 毫秒 |
        |---|---:|
        | load | 12 |
        | validate | 30 |
        | 合计 | 42 |
        """);
  }

  @Test
  void saysSoWhenThereIsNothingToFix() {
    String md = new ReportWriter(Messages.forLanguage("en")).render(TIMED, List.of());
    assertThat(md).contains("✅ **Passed**: 0 errors, 0 warnings.").contains("No problems found.");
  }

  @Test
  void givesOnlyTheLineForAFindingWithoutColumnAndNoPositionForAWholeFile() {
    List<Diagnostic> found = List.of(
        Diagnostic.error("E-EMPTY", SourcePosition.of("content/pages/a.md")),
        Diagnostic.warning("W-FIELD", new SourcePosition("content/pages/b.md", 3, 0), "x", ""));
    String md = new ReportWriter(Messages.forLanguage("zh")).render(TIMED, found);
    assertThat(md).contains("- 错误 `E-EMPTY`：文件是空的")
        .contains("- 警告 `W-FIELD` 第 3 行：未知字段 \"x\"")
        .contains("| 页面 (page) | 0 | 1 | 1 |");
  }

  @Test
  void escapesEditorsTextSoItCannotBecomeMarkupInTheComment() {
    Diagnostic d = Diagnostic.error("E-DATE", new SourcePosition("content/practices/a_b.md", 1, 1),
        "<img src=x onerror=alert(1)> *bold* [link](x) | `code`\nnext");
    String md = new ReportWriter(Messages.forLanguage("zh")).render(TIMED, List.of(d));
    assertThat(md).contains("#### content/practices/a\\_b.md")
        .contains("\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](x) \\| \\`code\\` next")
        .doesNotContainPattern("(?<!\\\\)<img");
  }

  @Test
  void keepsMentionsAndBareLinksFromContentInert() {
    Diagnostic d = Diagnostic.error("E-ENUM", new SourcePosition("content/practices/a.md", 3, 7),
        "kind", "@alliance-admins see https://evil.example/x or www.evil.example, mail a@b.cn");

    String md = new ReportWriter(Messages.forLanguage("en")).render(TIMED, List.of(d));

    assertThat(md).doesNotContain("@alliance", "https://", "www.evil", "a@b")
        .contains("@\u200balliance-admins", "https:\u200b//evil.example/x", "www\u200b.evil.example");
  }

  @Test
  void keepsAControlCharacterFromContentVisibleAndOnItsLine() {
    Diagnostic d = Diagnostic.error("E-ENUM", new SourcePosition("content/practices/a.md", 3, 7),
        "kind", "x\u2028- [ ] y\u0007");

    String md = new ReportWriter(Messages.forLanguage("en")).render(TIMED, List.of(d));

    assertThat(md).doesNotContain("\u2028", "\u0007").contains("x\\\\u2028- \\[ \\] y\\\\u0007");
  }

  @Test
  void printsLargeNumbersWithoutThousandsSeparators() {
    BuildResult slow = new BuildResult(Optional.empty(), List.of(),
        List.of(new StageTiming("render", Duration.ofMillis(12345))), Optional.empty());
    assertThat(new ReportWriter(Messages.forLanguage("zh")).render(slow, List.of())).contains("| 合计 | 12345 |");
  }
}

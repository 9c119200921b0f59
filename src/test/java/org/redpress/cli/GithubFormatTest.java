package org.redpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;
import org.redpress.diagnostics.SourcePosition;

class GithubFormatTest {

  private final Messages zh = Messages.forLanguage("zh");

  @Test
  void escapesPercentAndLineBreaksInTheMessage() {
    assertThat(GithubFormat.escapeData("100% 完成\r\n下一行")).isEqualTo("100%25 完成%0D%0A下一行");
  }

  @Test
  void alsoEscapesCommaAndColonInProperties() {
    assertThat(GithubFormat.escapeProperty("a,b:c%d\ne")).isEqualTo("a%2Cb%3Ac%25d%0Ae");
  }

  @Test
  void escapesAFileNameThatWouldOtherwiseEndTheProperty() {
    Diagnostic d = Diagnostic.error("E-DATE", new SourcePosition("content/a,b:c.md", 2, 7), "x");
    assertThat(new GithubFormat().render(List.of(d), zh))
        .startsWith("::error file=content/a%2Cb%3Ac.md,line=2,col=7,title=E-DATE::");
  }

  @Test
  void annotatesTheWholeFileWhenTheLineIsUnknown() {
    Diagnostic d = Diagnostic.error("E-EMPTY", SourcePosition.of("content/practices/a.md"));
    assertThat(new GithubFormat().render(List.of(d), zh))
        .isEqualTo("::error file=content/practices/a.md,title=E-EMPTY::文件是空的。请删除它，或用 redpress new 生成一个模板\n");
  }

  @Test
  void leavesOutTheColumnWhenOnlyTheLineIsKnown() {
    Diagnostic d = Diagnostic.warning("W-FIELD", new SourcePosition("a.md", 4, 0), "x", "");
    assertThat(new GithubFormat().render(List.of(d), zh)).startsWith("::warning file=a.md,line=4,title=W-FIELD::");
  }

  @Test
  void escapesAMessageArgumentThatCarriesANewline() {
    Diagnostic d = Diagnostic.error("E-DATE", new SourcePosition("a.md", 1, 1), "2018\n::error::forged");
    assertThat(new GithubFormat().render(List.of(d), zh))
        .hasLineCount(1)
        .contains("2018%0A::error::forged");
  }
}

package org.redpress.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void aValueWithLineBreaksCannotForgeAnotherFindingLine() {
    Diagnostic d = Diagnostic.error("E-ENUM", new SourcePosition("content/materials/x.yaml", 3, 7), "kind",
        "podcast\ncontent/practices/y.md:1:1: 错误 E-DATE 伪造\r\t\u0007");

    String line = d.format(Messages.forLanguage("zh"));

    assertThat(line).doesNotContain("\n", "\r", "\t", "\u0007")
        .startsWith("content/materials/x.yaml:3:7: 错误 E-ENUM ")
        .contains("podcast\\ncontent/practices/y.md:1:1: 错误 E-DATE 伪造\\r\\t\\u0007");
  }

  @Test
  void leavesOrdinaryTextAsItIs() {
    assertThat(Diagnostic.oneLine("立发桥村 \"拆迁\" 100%")).isEqualTo("立发桥村 \"拆迁\" 100%");
  }
}

package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostics;

class FrontMatterTest {

  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void splitsFrontMatterAndBodyAndCountsTheBodyLine() {
    FrontMatter fm = FrontMatter.split("---\ntitle: a\n---\n# 标题\n", "x.md", diagnostics).orElseThrow();
    assertThat(fm.yaml()).isEqualTo("title: a\n");
    assertThat(fm.body()).isEqualTo("# 标题\n");
    assertThat(fm.bodyLine()).isEqualTo(4);
  }

  @Test
  void keepsADashLineInsideTheBody() {
    FrontMatter fm = FrontMatter.split("---\ntitle: a\n---\n甲\n---\n乙\n", "x.md", diagnostics).orElseThrow();
    assertThat(fm.body()).isEqualTo("甲\n---\n乙\n");
  }

  @Test
  void acceptsAFileWithoutAFinalNewline() {
    FrontMatter fm = FrontMatter.split("---\ntitle: a\n---", "x.md", diagnostics).orElseThrow();
    assertThat(fm.body()).isEmpty();
  }

  @Test
  void reportsAnUnclosedFrontMatterAtTheFirstLine() {
    assertThat(FrontMatter.split("---\ntitle: a\n", "x.md", diagnostics)).isEmpty();
    assertThat(diagnostics.sorted().get(0).code()).isEqualTo("E-FRONTMATTER-UNCLOSED");
    assertThat(diagnostics.sorted().get(0).at().toString()).isEqualTo("x.md:1:1");
  }
}

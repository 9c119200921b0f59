package org.redpress.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;

class YamlReaderTest {

  private final YamlReader reader = new YamlReader();
  private Diagnostics diagnostics = new Diagnostics();

  private Optional<YamlNode> read(String yaml) {
    return reader.read(yaml, "content/x.md", 1, diagnostics);
  }

  private Diagnostic only() {
    assertThat(diagnostics.sorted()).hasSize(1);
    return diagnostics.sorted().get(0);
  }

  @Test
  void keepsScalarTextExactlyAsWritten() {
    YamlMapping map = (YamlMapping) read("area: 0755\nflag: no\ndate: 2024-05-01\nn: 1.50\n").orElseThrow();
    assertThat(((YamlScalar) map.get("area").orElseThrow()).text()).isEqualTo("0755");
    assertThat(((YamlScalar) map.get("flag").orElseThrow()).text()).isEqualTo("no");
    assertThat(((YamlScalar) map.get("date").orElseThrow()).text()).isEqualTo("2024-05-01");
    assertThat(((YamlScalar) map.get("n").orElseThrow()).text()).isEqualTo("1.50");
  }

  @Test
  void reportsNodePositionsShiftedByTheFrontMatterOffset() {
    YamlMapping map = (YamlMapping) read("title: a\ndate:   2018/6/12\n").orElseThrow();
    YamlNode date = map.get("date").orElseThrow();
    assertThat(date.at().line()).isEqualTo(3);
    assertThat(date.at().column()).isEqualTo(9);
    assertThat(map.entries().get(1).keyAt().column()).isEqualTo(1);
  }

  @Test
  void rejectsDuplicateKeysAtTheSecondKey() {
    assertThat(read("title: a\nsummary: b\ntitle: c\n")).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-DUPLICATE-KEY");
    assertThat(only().at().line()).isEqualTo(4);
  }

  @Test
  void rejectsTabsInIndentationWithTheirPosition() {
    assertThat(read("tags:\n\t- a\n")).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-TAB");
    assertThat(only().at().toString()).isEqualTo("content/x.md:3:1");
  }

  @Test
  void rejectsIdeographicSpaceIndentation() {
    assertThat(read("tags:\n\u3000- a\n")).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-FULLWIDTH-SPACE");
  }

  @Test
  void hintsAtFullWidthColons() {
    assertThat(read("title: a\n标题：b\n")).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-FULLWIDTH");
  }

  @Test
  void reportsAnUnclosedQuoteWithLineAndColumn() {
    assertThat(read("title: \"unclosed\nsummary: b\n")).isEmpty();
    Diagnostic d = only();
    assertThat(d.code()).isEqualTo("E-YAML-UNCLOSED");
    assertThat(d.at().line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void explainsEachKindOfSyntaxErrorInChineseWithoutTheParsersEnglish() {
    Messages zh = Messages.forLanguage("zh");
    Messages en = Messages.forLanguage("en");
    String[][] cases = {
        {"title: 标题: 副标题\n", "E-YAML-COLON"},
        {"tags: [党建, 拆迁\n", "E-YAML-UNCLOSED"},
        {"tags:\n  - 党建\n summary: b\n", "E-YAML-INDENT"},
    };
    for (String[] c : cases) {
      diagnostics = new Diagnostics();
      assertThat(read(c[0])).as(c[0]).isEmpty();
      Diagnostic d = only();
      assertThat(d.code()).as(c[0]).isEqualTo(c[1]);
      assertThat(d.format(zh)).as(c[0]).doesNotContainPattern("[a-z]{4,} [a-z]{3,}");
      assertThat(d.format(en)).as("the English message keeps the parser's words").containsPattern("[a-z]{4,} [a-z]{3,}");
    }
  }

  @Test
  void stopsABillionLaughsAliasBombQuickly() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(p);
      }
      yaml.append("]\n");
    }
    long start = System.nanoTime();
    assertThat(read(yaml.toString())).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-ALIASES");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void acceptsAFewAliases() {
    YamlMapping map = (YamlMapping) read("a: &x [1, 2]\nb: *x\n").orElseThrow();
    assertThat(map.get("b").orElseThrow()).isSameAs(map.get("a").orElseThrow());
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void rejectsDeepNestingWithoutOverflowingTheStack() {
    String yaml = "a: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
    assertThat(read(yaml)).isEmpty();
    assertThat(only().code()).isIn("E-YAML-DEPTH", "E-YAML");
  }

  @Test
  void treatsGlobalTagsAsPlainDataAndLoadsNoClass() {
    Optional<YamlNode> node = read("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
    assertThat(diagnostics.hasErrors() || node.isPresent()).isTrue();
    node.ifPresent(n -> assertThat(n).isInstanceOf(YamlMapping.class));
  }
}

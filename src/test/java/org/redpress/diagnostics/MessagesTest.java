package org.redpress.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void formatsADiagnosticInChineseByDefault() {
    Diagnostic d = Diagnostic.error("E-DATE", new SourcePosition("content/practices/lifaqiao.md", 4, 7), "2018/6/12");
    assertThat(d.format(Messages.forLanguage("zh")))
        .isEqualTo("content/practices/lifaqiao.md:4:7: 错误 E-DATE 日期应写成 YYYY-MM-DD，这里是 \"2018/6/12\"");
  }

  @Test
  void formatsInEnglishOnRequest() {
    Diagnostic d = Diagnostic.warning("W-FIELD", new SourcePosition("a.md", 3, 1), "sumary", "summary");
    assertThat(d.format(Messages.forLanguage("en")))
        .isEqualTo("a.md:3:1: warning W-FIELD Unknown field \"sumary\" is ignored; did you mean \"summary\"?");
  }

  @Test
  void dropsTheOptionalPartWhenItsArgumentIsEmpty() {
    Diagnostic d = Diagnostic.warning("W-FIELD", new SourcePosition("a.md", 3, 1), "zzz", "");
    assertThat(d.format(Messages.forLanguage("zh"))).endsWith("未知字段 \"zzz\"，将被忽略");
  }

  @Test
  void sortsByFileLineAndColumn() {
    Diagnostics all = new Diagnostics();
    all.error("E-B", new SourcePosition("b.md", 1, 1));
    all.error("E-A", new SourcePosition("a.md", 10, 1));
    all.warning("W-A", new SourcePosition("a.md", 2, 5));
    assertThat(all.sorted()).extracting(Diagnostic::code).containsExactly("W-A", "E-A", "E-B");
  }

  @Test
  void everyChineseKeyHasAnEnglishText() throws IOException {
    Properties zh = load("messages.properties");
    Properties en = load("messages_en.properties");
    assertThat(en.stringPropertyNames()).containsAll(zh.stringPropertyNames());
    assertThat(zh.stringPropertyNames()).containsAll(en.stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

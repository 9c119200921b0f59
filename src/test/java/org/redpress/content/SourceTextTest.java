package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostics;

class SourceTextTest {

  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void dropsTheBomAndNormalisesLineEndings() {
    byte[] bytes = "\uFEFFa\r\nb\rc\n".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceText.decode(bytes, "x.md", diagnostics)).contains("a\nb\nc\n");
  }

  @Test
  void reportsGbkBytesAtTheLineAndColumnWhereDecodingStopped() {
    byte[] bytes = "title: ok\nname: 党建\n".getBytes(Charset.forName("GBK"));
    assertThat(SourceText.decode(bytes, "x.md", diagnostics)).isEmpty();
    assertThat(diagnostics.sorted().get(0).code()).isEqualTo("E-ENCODING");
    assertThat(diagnostics.sorted().get(0).at().toString()).isEqualTo("x.md:2:7");
  }

  @Test
  void reportsATruncatedUtf8Sequence() {
    byte[] ok = "标题".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 1);
    assertThat(SourceText.decode(cut, "x.md", diagnostics)).isEmpty();
    assertThat(diagnostics.sorted().get(0).code()).isEqualTo("E-ENCODING");
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;

/** Reading templates/i18n/zh.yaml: nested keys, placeholders, and mistakes reported where they are. */
class ThemeMessagesTest {

  @TempDir Path dir;

  private ThemeMessages load(String yaml, Diagnostics diagnostics) throws IOException {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("i18n"));
    Files.writeString(templates.resolve(ThemeMessages.FILE), yaml);
    return ThemeMessages.load(templates, diagnostics);
  }

  @Test
  void nestedKeysJoinWithDotsAndPlaceholdersTakeTheValuesInOrder() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    ThemeMessages m = load("""
        list:
          paged: "{0}（第 {1} 页）"
        nav.home: 首页
        """, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(m.text("list.paged", "实践案例", 2)).isEqualTo("实践案例（第 2 页）");
    assertThat(m.text("nav.home")).isEqualTo("首页");
    assertThat(m.find("nav.none")).isEmpty();
  }

  @Test
  void aKeyTheViewsAskForAndTheFileLacksIsOneErrorAtTheFileHowEverOftenItIsAsked() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    ThemeMessages m = load("nav: {home: 首页}\n", diagnostics);
    assertThat(m.text("page.search")).isEqualTo("{page.search}");
    m.text("page.search");
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-TEMPLATE");
      assertThat(d.at().file()).isEqualTo("templates/i18n/zh.yaml");
    });
  }

  @Test
  void aKeyWrittenTwiceIsAnErrorAtItsLine() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    load("nav:\n  home: 首页\n  home: 主页\n", diagnostics);
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-TEMPLATE");
      assertThat(d.at().line()).isEqualTo(3);
      assertThat(d.args()).singleElement().asString().contains("home");
    });
  }

  @Test
  void aThemeWithoutAMessageFileIsOneErrorNotOnePerKeyTheViewsAskFor() {
    Diagnostics diagnostics = new Diagnostics();
    ThemeMessages messages = ThemeMessages.load(dir, diagnostics);
    assertThat(messages.text("type.practice")).isEqualTo("{type.practice}");
    assertThat(messages.text("nav.home")).isEqualTo("{nav.home}");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-TEMPLATE");
  }
}

package org.redpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.testing.TestSite;

class CliTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void exitsWithOneAndPrintsLocatedChineseErrorsForBadContent() {
    TestSite.write(dir, """
        -- content/practices/a.md --
        ---
        title: 甲
        date: 2018/6/12
        program: fortress
        ---
        """);
    assertThat(run("check", "--project", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("content/practices/a.md:3:7: 错误 E-DATE 日期应写成 YYYY-MM-DD，这里是 \"2018/6/12\"");
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out.toString()).startsWith("失败：1 个错误");
  }

  @Test
  void printsEnglishMessagesWithLangEn() {
    TestSite.write(dir, "-- content/pages/a.md --\n---\ntitle: [x]\n---\n");
    assertThat(run("check", "--lang", "en", "--project", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("content/pages/a.md:2:8: error E-TYPE Field \"title\" should be string, but is list");
  }

  @Test
  void exitsWithTwoOnAUsageError() {
    assertThat(run("build", "--no-such-option")).isEqualTo(2);
  }

  @Test
  void endsASuccessfulCheckWithASummaryLine() {
    TestSite.write(dir, "-- content/pages/a.md --\n---\ntitle: 关于\n---\n");
    assertThat(run("check", "--project", dir.toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("检查通过：1 条记录");
  }

  @Test
  void strictCheckTurnsWarningsIntoErrors() {
    TestSite.write(dir, "-- content/pages/a.md --\n---\ntitle: 关于\ntitel: x\n---\n");
    assertThat(run("check", "--project", dir.toString())).isEqualTo(0);
    assertThat(run("check", "--strict", "--project", dir.toString())).isEqualTo(1);
  }

  @Test
  void newWritesARecordAndRefusesToOverwriteIt() throws Exception {
    TestSite.write(dir, "");
    assertThat(run("new", "practice", "lifaqiao", "--title", "立发桥村\"拆迁\"", "--project", dir.toString())).isEqualTo(0);
    Path file = dir.resolve("content/practices/lifaqiao.md");
    assertThat(Files.readString(file)).contains("title: \"立发桥村\\\"拆迁\\\"\"").contains("program: fortress");
    assertThat(run("new", "practice", "lifaqiao", "--project", dir.toString())).isEqualTo(1);
  }

  @Test
  void newRefusesATitleWithALineBreakOrControlCharacter() {
    TestSite.write(dir, "");
    assertThat(run("new", "practice", "a", "--title", "第一行\n第二行", "--project", dir.toString())).isEqualTo(1);
    assertThat(run("new", "practice", "b", "--title", "响\u0007铃", "--project", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("标题不能含换行或控制字符");
    assertThat(dir.resolve("content/practices")).doesNotExist();
  }

  @Test
  void newRefusesAChineseId() {
    TestSite.write(dir, "");
    assertThat(run("new", "venue", "展览馆", "--project", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("编号 \"展览馆\" 不合法");
  }

  @Test
  void newLeavesPlaceholdersThatCheckRefusesUntilTheEditorFillsThemIn() throws Exception {
    TestSite.write(dir, "");
    for (String type : new String[] {"practice", "material", "achievement", "venue", "organization", "activity", "page"}) {
      assertThat(run("new", type, "x-" + type, "--project", dir.toString())).as(type).isEqualTo(0);
    }
    assertThat(run("check", "--project", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("E-PLACEHOLDER", "\"address\"", "\"title\"", "\"label\"", "E-PLACEHOLDER-BODY")
        .doesNotContain("E-REQUIRED", "E-ENUM");

    try (var files = Files.walk(dir.resolve("content"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, Files.readString(f).replaceAll("请填写([^\n\"]*)", "真实的$1"));
      }
    }
    err.getBuffer().setLength(0);
    assertThat(run("check", "--project", dir.toString())).as(err.toString()).isEqualTo(0);
  }

  @Test
  void newVenueAndActivityOfferEveryOptionalFieldAsACommentThatChecksWhenUncommented() throws Exception {
    TestSite.write(dir, "");
    assertThat(run("new", "venue", "guan", "--title", "馆", "--project", dir.toString())).isZero();
    assertThat(run("new", "organization", "zhibu", "--title", "支部", "--project", dir.toString())).isZero();
    assertThat(run("new", "activity", "huiyi", "--title", "会议", "--project", dir.toString())).isZero();
    Path venue = dir.resolve("content/venues/guan.yaml");
    Path activity = dir.resolve("content/activities/huiyi.md");
    assertThat(Files.readString(venue)).contains("# street:", "# community:", "# house_number:", "# location:",
        "# opening:", "# phone:", "# contact:", "# capacity:", "# accessibility:");
    assertThat(Files.readString(activity)).contains("# rrule:", "# venue:", "# organizer:", "# audience:",
        "# agenda:", "# signup:", "# reason:");
    try (var files = Files.walk(dir.resolve("content"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, Files.readString(f).replaceAll("请填写([^\n\"]*)", "真实的$1")
            .replaceAll("(?m)^# ([a-z_]+:)", "$1").replaceAll("(?m)^#   ", "  ")
            .replace("venue: 阵地编号", "venue: guan").replace("organizer: 组织编号", "organizer: zhibu")
            .replaceAll("(?m)^rrule: FREQ=MONTHLY .*$", "rrule: FREQ=MONTHLY;INTERVAL=3")
            .replace("state: scheduled", "state: postponed"));
      }
    }
    err.getBuffer().setLength(0);
    assertThat(run("check", "--project", dir.toString())).as(err.toString()).isEqualTo(0);
  }

  @Test
  void buildRefusesABaseUrlThatSiteYamlWouldRefuse() {
    TestSite.write(dir, "");
    for (String bad : new String[] {"javascript:alert(1)", "example.org/alliance/", "https:///x", "ftp://example.org/"}) {
      err.getBuffer().setLength(0);
      assertThat(run("build", "--base-url", bad, "--project", dir.toString())).as(bad).isEqualTo(2);
      assertThat(err.toString()).as(bad).contains("--base-url: 错误 E-BASEURL");
    }
    assertThat(dir.resolve("site")).doesNotExist();
    assertThat(run("build", "--base-url", "https://preview.example.org/pr-42", "--project", dir.toString())).isEqualTo(0);
  }

  @Test
  void speaksChineseInHelpAndUsageErrorsByDefault() {
    assertThat(run("build", "--help")).isZero();
    assertThat(out.toString()).contains("用法：", "选项：", "输出目录（默认 site）", "显示本帮助并退出")
        .doesNotContain("Usage:", "Output directory");

    assertThat(run("build", "--bogus")).isEqualTo(2);
    assertThat(run("search")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("没有选项 --bogus", "缺少 QUERY", "请写出要运行的命令", "查看全部选项")
        .doesNotContain("Unknown option", "Missing required");
  }

  @Test
  void speaksOnlyEnglishWithLangEn() {
    assertThat(run("new", "--help", "--lang", "en")).isZero();
    assertThat(run("search", "x", "--limit", "abc", "--lang=en")).isEqualTo(2);

    assertThat(out.toString()).contains("Usage:", "Parameters:", "Options:", "The title (or name) to start with.");
    assertThat(err.toString()).contains("invalid value \"abc\" for --limit");
    assertThat(out + err.toString()).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void everyOptionHasItsHelpInBothLanguages() {
    for (String lang : new String[] {"zh", "en"}) {
      java.util.ResourceBundle bundle = HelpText.bundle(lang);
      picocli.CommandLine cli = new picocli.CommandLine(new Main());
      cli.setResourceBundle(bundle);
      for (picocli.CommandLine sub : cli.getSubcommands().values()) {
        for (picocli.CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
          String text = String.join(" ", arg.description());
          assertThat(lang.equals("zh") ? text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) : !text.isBlank())
              .as("%s help of %s %s: %s", lang, sub.getCommandName(), arg, text).isTrue();
        }
      }
    }
  }

  @Test
  void buildsASiteWithNoRecordsYet() {
    TestSite.write(dir, "");
    assertThat(run("build", "--project", dir.toString())).as(err.toString()).isEqualTo(0);
    assertThat(dir.resolve("site/index.html")).exists();
    assertThat(dir.resolve("site/search/index.json")).exists();
  }
}

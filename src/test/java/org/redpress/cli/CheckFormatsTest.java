package org.redpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Messages;
import org.redpress.hashing.Sha256;

/**
 * {@code redpress check --format …} over a fixture with known mistakes: three errors (a bad enum
 * value holding "," and "%", a date with slashes, a missing required field) and one warning.
 * Each format is compared with its exact expected output; only the run time is masked.
 */
class CheckFormatsTest {

  static final Path FIXTURE = Path.of("src/test/resources/sites/check-formats");

  static final String SUMMARY = "失败：3 个错误，1 个警告，1 条记录，用时 X 秒。原来的 site/ 保持不变\n";

  static final String TEXT = """
      content/materials/podcast.yaml:3:7: 错误 E-ENUM 字段 "kind" 的值 "podcast, 100%" 不在可选范围内。可选：article（文章）, video（视频）, document（文档、文件）, course（课程）
      content/practices/bad-date.md:3:7: 错误 E-DATE 日期应写成 YYYY-MM-DD，这里是 "2018/6/12"
      content/practices/lifaqiao.md:5:1: 警告 W-FIELD 未知字段 "summery"，将被忽略；是不是 "summary"？
      content/venues/no-name.yaml:1:1: 错误 E-REQUIRED 缺少必填字段 "name"。请补上
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copyFixture() throws IOException {
    copyTree(FIXTURE, dir);
  }

  @Test
  void textPrintsTodaysLinesOnStderrAndTheSummaryOnStdout() {
    assertThat(check("--format", "text")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo(TEXT);
    assertThat(masked(out)).isEqualTo(SUMMARY);
  }

  @Test
  void textIsTheDefaultFormat() {
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).isEqualTo(TEXT);
  }

  @Test
  void githubPrintsWorkflowCommandsOnStdoutAndTheSummaryOnStderr() {
    assertThat(check("--format", "github")).isEqualTo(1);
    assertThat(out.toString()).isEqualTo("""
        ::error file=content/materials/podcast.yaml,line=3,col=7,title=E-ENUM::字段 "kind" 的值 "podcast, 100%25" 不在可选范围内。可选：article（文章）, video（视频）, document（文档、文件）, course（课程）
        ::error file=content/practices/bad-date.md,line=3,col=7,title=E-DATE::日期应写成 YYYY-MM-DD，这里是 "2018/6/12"
        ::warning file=content/practices/lifaqiao.md,line=5,col=1,title=W-FIELD::未知字段 "summery"，将被忽略；是不是 "summary"？
        ::error file=content/venues/no-name.yaml,line=1,col=1,title=E-REQUIRED::缺少必填字段 "name"。请补上
        """);
    assertThat(masked(err)).isEqualTo(SUMMARY);
  }

  @Test
  void gitlabWritesACodeQualityReportToItsDefaultFile() throws IOException {
    assertThat(check("--format", "gitlab")).isEqualTo(1);
    Path report = dir.resolve("gl-code-quality-report.json");
    assertThat(Files.readString(report)).isEqualTo("""
        [
          {
            "description": "字段 \\"kind\\" 的值 \\"podcast, 100%\\" 不在可选范围内。可选：article（文章）, video（视频）, document（文档、文件）, course（课程）",
            "check_name": "E-ENUM",
            "fingerprint": "0034e8ebc06b1b36b4da7cbfad47e7dedef2d79e4fa5a7e1f6336e22133260b8",
            "severity": "major",
            "location": {
              "path": "content/materials/podcast.yaml",
              "lines": {
                "begin": 3
              }
            }
          },
          {
            "description": "日期应写成 YYYY-MM-DD，这里是 \\"2018/6/12\\"",
            "check_name": "E-DATE",
            "fingerprint": "f91117fddcaf6d5ced269ce62329ca1457033b6a48c3cd1bd2b1fef81d6b18ed",
            "severity": "major",
            "location": {
              "path": "content/practices/bad-date.md",
              "lines": {
                "begin": 3
              }
            }
          },
          {
            "description": "未知字段 \\"summery\\"，将被忽略；是不是 \\"summary\\"？",
            "check_name": "W-FIELD",
            "fingerprint": "6219ee5bd32f49045cae68a1815e0d0b79dbcf95a65e93f419bf7b7453d83859",
            "severity": "minor",
            "location": {
              "path": "content/practices/lifaqiao.md",
              "lines": {
                "begin": 5
              }
            }
          },
          {
            "description": "缺少必填字段 \\"name\\"。请补上",
            "check_name": "E-REQUIRED",
            "fingerprint": "c9e07a4cf085bec6a3a05b47b3eb8875170a64d3fbac260b16c83651c07be0ee",
            "severity": "major",
            "location": {
              "path": "content/venues/no-name.yaml",
              "lines": {
                "begin": 1
              }
            }
          }
        ]
        """);
    assertThat(out.toString()).isEmpty();
    assertThat(masked(err)).as("the CI log still shows the findings").isEqualTo(TEXT + SUMMARY);
  }

  @Test
  void gitlabFingerprintIsTheSha256OfCodeFileLineAndArguments() {
    String key = String.join("\u0000", "E-DATE", "content/practices/bad-date.md", "3", "2018/6/12");
    String expected = Sha256.hex(key);
    assertThat(expected).isEqualTo("f91117fddcaf6d5ced269ce62329ca1457033b6a48c3cd1bd2b1fef81d6b18ed");
  }

  @Test
  void gitlabWritesToTheOutputFileGivenRelativeToTheProject() {
    assertThat(check("--format", "gitlab", "--output", "reports/quality.json")).isEqualTo(1);
    assertThat(dir.resolve("reports/quality.json")).isNotEmptyFile();
    assertThat(dir.resolve("gl-code-quality-report.json")).doesNotExist();
  }

  @Test
  void jsonPrintsTheDocumentedMachineFormatOnStdout() {
    assertThat(check("--format", "json")).isEqualTo(1);
    assertThat(out.toString()).isEqualTo("""
        {
          "version": 1,
          "errors": 3,
          "warnings": 1,
          "diagnostics": [
            {
              "severity": "error",
              "code": "E-ENUM",
              "file": "content/materials/podcast.yaml",
              "line": 3,
              "column": 7,
              "message": "字段 \\"kind\\" 的值 \\"podcast, 100%\\" 不在可选范围内。可选：article（文章）, video（视频）, document（文档、文件）, course（课程）"
            },
            {
              "severity": "error",
              "code": "E-DATE",
              "file": "content/practices/bad-date.md",
              "line": 3,
              "column": 7,
              "message": "日期应写成 YYYY-MM-DD，这里是 \\"2018/6/12\\""
            },
            {
              "severity": "warning",
              "code": "W-FIELD",
              "file": "content/practices/lifaqiao.md",
              "line": 5,
              "column": 1,
              "message": "未知字段 \\"summery\\"，将被忽略；是不是 \\"summary\\"？"
            },
            {
              "severity": "error",
              "code": "E-REQUIRED",
              "file": "content/venues/no-name.yaml",
              "line": 1,
              "column": 1,
              "message": "缺少必填字段 \\"name\\"。请补上"
            }
          ]
        }
        """);
    assertThat(masked(err)).isEqualTo(SUMMARY);
  }

  @Test
  void jsonInEnglishStaysParseableWithTheSameCodesAndPositions() throws IOException {
    assertThat(check("--format", "json", "--lang", "en")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/diagnostics/1/code").asText()).isEqualTo("E-DATE");
    assertThat(json.at("/diagnostics/1/message").asText())
        .isEqualTo("Write dates as YYYY-MM-DD, here \"2018/6/12\"");
    assertThat(err.toString()).startsWith("Failed: 3 errors, 1 warnings");
  }

  @Test
  void strictRaisesTheWarningInEveryFormat() throws IOException {
    assertThat(check("--format", "json", "--strict")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("errors").asInt()).isEqualTo(4);
    assertThat(json.get("warnings").asInt()).isZero();
    assertThat(json.at("/diagnostics/2/severity").asText()).isEqualTo("error");
  }

  @Test
  void aCleanRunGivesAnEmptyListInEveryMachineFormat() {
    Messages zh = Messages.forLanguage("zh");
    assertThat(new JsonFormat().render(List.of(), zh))
        .isEqualTo("{\n  \"version\": 1,\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"diagnostics\": []\n}\n");
    assertThat(new GitlabFormat().render(List.of(), zh)).isEqualTo("[]\n");
    assertThat(new GithubFormat().render(List.of(), zh)).isEmpty();
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(check("--format", "sarif")).isEqualTo(2);
    assertThat(err.toString()).contains("--format 的值 \"sarif\" 不能用，可选：text, github, gitlab, json");
  }

  @Test
  void reportWritesMarkdownWithCountsFindingsByFileAndTimings() throws IOException {
    assertThat(check("--format", "github", "--report", "check-report.md")).isEqualTo(1);
    String report = Files.readString(dir.resolve("check-report.md"));
    int timings = report.indexOf("### 各阶段用时");
    String masked = report.substring(0, timings) + report.substring(timings).replaceAll("\\| \\d+ \\|", "| N |");
    assertThat(masked).isEqualTo("""
        ## redpress 检查报告

        ❌ **未通过**：3 个错误，1 个警告。请按下面列出的文件和行号修改。

        ### 记录数量

        | 类型 | 已发布记录 | 有错误的文件 | 有警告的文件 |
        |---|---:|---:|---:|
        | 实践案例 (practice) | 1 | 1 | 1 |
        | 学习资料 (material) | 0 | 1 | 0 |
        | 工作成效 (achievement) | 0 | 0 | 0 |
        | 红色阵地 (venue) | 0 | 1 | 0 |
        | 基层党组织 (organization) | 0 | 0 | 0 |
        | 活动 (activity) | 0 | 0 | 0 |
        | 页面 (page) | 0 | 0 | 0 |

        ### 错误与警告（按文件）

        #### content/materials/podcast.yaml

        - 错误 `E-ENUM` 第 3 行第 7 列：字段 "kind" 的值 "podcast, 100%" 不在可选范围内。可选：article（文章）, video（视频）, document（文档、文件）, course（课程）

        #### content/practices/bad-date.md

        - 错误 `E-DATE` 第 3 行第 7 列：日期应写成 YYYY-MM-DD，这里是 "2018/6/12"

        #### content/practices/lifaqiao.md

        - 警告 `W-FIELD` 第 5 行第 1 列：未知字段 "summery"，将被忽略；是不是 "summary"？

        #### content/venues/no-name.yaml

        - 错误 `E-REQUIRED` 第 1 行第 1 列：缺少必填字段 "name"。请补上

        ### 各阶段用时

        | 阶段 | 毫秒 |
        |---|---:|
        | load | N |
        | validate | N |
        | resolve | N |
        | model | N |
        | 合计 | N |
        """);
  }

  @Test
  void anOutputPathThatCannotBeWrittenIsAUsageError() throws IOException {
    Files.writeString(dir.resolve("blocker"), "a file, not a directory");
    assertThat(check("--format", "json", "--output", "blocker/out.json")).isEqualTo(2);
    assertThat(err.toString()).contains("无法写入").contains("blocker");
  }

  private int check(String... args) {
    String[] all = Stream.concat(Stream.of("check", "--project", dir.toString()), Stream.of(args))
        .toArray(String[]::new);
    return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The summary's run time varies: everything else must match exactly. */
  private static String masked(StringWriter w) {
    return w.toString().replaceAll("\\d+\\.\\d{2}", "X").replace(System.lineSeparator(), "\n");
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}

package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.testing.TestSite;

/**
 * The bad-input catalogue: each case is refused with its stable code at the right file and
 * line, the message is Chinese, nothing throws, and the previous site/ stays byte for byte.
 */
class BadInputTest {

  @TempDir Path dir;

  private static final String VALID_PRACTICE = """
      ---
      title: 立发桥村拆迁
      date: 2018-06-30
      program: development
      ---
      正文。
      """;

  static Stream<Arguments> cases() {
    String bomb = billionLaughs();
    return Stream.of(
        bad("malformedYaml", "content/practices/a.md", "---\ntitle: \"未闭合\ndate: 2018-06-30\nprogram: fortress\n---\n", "E-YAML-UNCLOSED", 0),
        bad("brokenLinkInBody", "content/practices/a.md",
            "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\n---\n第一段。\n\n见[别处](/practices/nope/)。\n", "E-LINK", 8),
        bad("brokenAnchorInBody", "content/practices/a.md",
            "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\n---\n第一段。\n\n见[下文](#nowhere)。\n", "E-ANCHOR", 8),
        bad("svgWithScript", "content/media/evil.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\" height=\"1\"/>\n<script>alert(1)</script>\n</svg>\n",
            "E-MEDIA-SVG", 3),
        bad("htmlAttachment", "content/media/page.html", "<script>alert(document.cookie)</script>", "E-MEDIA-ACTIVE", 1),
        bad("unclosedFrontMatter", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\n\n正文\n", "E-FRONTMATTER-UNCLOSED", 1),
        bad("missingFrontMatter", "content/practices/a.md", "# 只有正文\n", "E-FRONTMATTER-MISSING", 1),
        bad("fullWidthDelimiter", "content/practices/a.md", "－－－\ntitle: 标题\n－－－\n", "E-FRONTMATTER-FULLWIDTH", 1),
        bad("tabIndentation", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\ntags:\n\t- 党建\n---\n", "E-YAML-TAB", 6),
        bad("fullWidthColon", "content/practices/a.md", "---\ntitle: 标题\ndate：2018-06-30\nprogram: fortress\n---\n", "E-YAML-FULLWIDTH", 0),
        bad("wrongType", "content/practices/a.md", "---\ntitle: [甲, 乙]\ndate: 2018-06-30\nprogram: fortress\n---\n", "E-TYPE", 2),
        bad("impossibleDate", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-02-30\nprogram: fortress\n---\n", "E-DATE-INVALID", 3),
        bad("dateWithSlashes", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018/6/12\nprogram: fortress\n---\n", "E-DATE", 3),
        bad("unknownEnumValue", "content/materials/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nkind: podcast\n---\n", "E-ENUM", 4),
        bad("unknownProgram", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nprogram: 强基础\n---\n", "E-PROGRAM", 4),
        bad("danglingVenueReference", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\nvenues: [nowhere]\n---\n", "E-REF", 5),
        bad("missingRequiredField", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\n---\n", "E-REQUIRED", 2),
        bad("duplicateKey", "content/practices/a.md", "---\ntitle: 甲\ndate: 2018-06-30\ntitle: 乙\nprogram: fortress\n---\n", "E-YAML-DUPLICATE-KEY", 4),
        bad("tooLongTitle", "content/practices/a.md", "---\ntitle: " + "长".repeat(81) + "\ndate: 2018-06-30\nprogram: fortress\n---\n", "E-LENGTH", 2),
        bad("chineseId", "content/practices/立发桥.md", VALID_PRACTICE, "E-ID", 1),
        bad("climbingReference", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\norganization: ../../etc\n---\n", "E-REF-ID", 5),
        bad("attachmentLeavingContent", "content/materials/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nkind: document\nattachments:\n  - title: 讲义\n    file: ../../etc/passwd\n---\n", "E-PATH-ESCAPE", 7),
        bad("absoluteCoverPath", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\ncover: /etc/passwd\n---\n", "E-PATH", 5),
        bad("missingMediaFile", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\ncover: nothere.png\n---\n", "E-MEDIA", 5),
        bad("javascriptSourceUrl", "content/practices/a.md", "---\ntitle: 标题\ndate: 2018-06-30\nprogram: fortress\nsource: \"javascript:alert(1)\"\n---\n", "E-URL", 5),
        bad("emptyFile", "content/practices/a.md", "", "E-EMPTY", 1),
        bad("aliasBomb", "content/venues/a.yaml", bomb, "E-YAML-ALIASES", 0),
        bad("deepNesting", "content/venues/a.yaml", "name: 甲\ntype: station\nx: " + "[".repeat(200) + "]".repeat(200) + "\n", "E-YAML-DEPTH", 3),
        bad("parentCycle", "content/organizations/a.yaml", "name: 甲\nparent: a\n", "E-REF-CYCLE", 2),
        bad("reservedPageUrl", "content/pages/search.md", "---\ntitle: 搜索\n---\n", "E-DUP-URL", 1),
        bad("badBaseUrl", "content/site.yaml", TestSite.SITE_YAML.replace("https://example.org/", "example.org"), "E-BASEURL", 3));
  }

  private static Arguments bad(String name, String file, String text, String code, int line) {
    return Arguments.of(name, Map.of(file, text.getBytes(StandardCharsets.UTF_8)), file, code, line);
  }

  static Stream<Arguments> byteCases() {
    byte[] gbk = "---\ntitle: 党建\n---\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    byte[] nul = "---\ntitle: a\u0000b\n---\n".getBytes(StandardCharsets.UTF_8);
    byte[] huge = ("---\ntitle: 大\ndate: 2018-06-30\nprogram: fortress\n---\n" + "字".repeat(800_000)).getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("invalidUtf8", Map.of("content/practices/a.md", gbk), "content/practices/a.md", "E-ENCODING", 2),
        Arguments.of("nulByte", Map.of("content/practices/a.md", nul), "content/practices/a.md", "E-NUL", 2),
        Arguments.of("oversizedFile", Map.of("content/practices/a.md", huge), "content/practices/a.md", "E-TOO-LARGE", 1),
        Arguments.of("duplicateIds", Map.of(
            "content/practices/a.md", VALID_PRACTICE.getBytes(StandardCharsets.UTF_8),
            "content/practices/a.yaml", "title: 乙\ndate: 2018-06-30\nprogram: fortress\n".getBytes(StandardCharsets.UTF_8)),
            "content/practices/a.yaml", "E-DUP-ID", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"cases", "byteCases"})
  void refusesBadInputWithALocatedDiagnosticAndKeepsThePreviousSite(
      String name, Map<String, byte[]> files, String file, String code, int line) throws IOException {
    TestSite.write(dir, "");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      TestSite.writeBytes(dir.resolve(f.getKey()), f.getValue());
    }
    Map<String, String> before = previousSite();

    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new Pipeline(options()).build(diagnostics);

    List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).as("errors of %s", name).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(code);
      assertThat(d.at().file()).isEqualTo(file);
      if (line > 0) {
        assertThat(d.at().line()).isEqualTo(line);
      }
    });
    Messages zh = Messages.forLanguage("zh");
    assertThat(errors).allSatisfy(d -> assertThat(d.format(zh)).doesNotContain(d.code() + " " + d.code()).containsPattern("\\p{IsHan}"));
    assertThat(result.written()).isEmpty();
    assertThat(snapshot(dir.resolve("site"))).isEqualTo(before);
    // A broken link is found after the pages were written into a folder beside site/: it is gone.
    try (Stream<Path> beside = Files.list(dir)) {
      assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.tmp-"));
    }
  }

  @org.junit.jupiter.api.Test
  void refusesASymlinkThatLeavesContent(@TempDir Path outside) throws IOException {
    TestSite.write(dir, "");
    Path secret = outside.resolve("secret.md");
    Files.writeString(secret, VALID_PRACTICE);
    Files.createDirectories(dir.resolve("content/practices"));
    Files.createSymbolicLink(dir.resolve("content/practices/leak.md"), secret);
    Map<String, String> before = previousSite();

    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(options()).build(diagnostics);

    assertThat(diagnostics.sorted()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("E-SYMLINK");
      assertThat(d.at().file()).isEqualTo("content/practices/leak.md");
    });
    assertThat(snapshot(dir.resolve("site"))).isEqualTo(before);
  }

  private PipelineOptions options() {
    return PipelineOptions.forProject(dir).withToday(LocalDate.of(2026, 1, 1));
  }

  /** A site an earlier build wrote (with its marker, so the build may replace it). */
  private Map<String, String> previousSite() throws IOException {
    TestSite.writeFile(dir.resolve("site/" + OutputDirPolicy.MARKER), AtomicSiteWriter.MARKER_TEXT);
    TestSite.writeFile(dir.resolve("site/index.html"), "<p>旧网站</p>");
    TestSite.writeFile(dir.resolve("site/practices/old/index.html"), "<p>旧页面</p>");
    return snapshot(dir.resolve("site"));
  }

  /** Every file under {@code root} with its exact bytes (as Latin-1 text, so maps compare by value). */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("name: 甲\ntype: station\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      yaml.append("]\n");
    }
    return yaml.toString();
  }
}

package org.redpress.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redpress.content.RecordType;
import picocli.CommandLine;

/**
 * The committed CI files and the deploy docs run redpress commands that exist: every
 * {@code ./redpress …} line they hold is parsed by the real command line, so a renamed option
 * or format fails here and not in a maintainer's pipeline.
 */
class WorkflowsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path GITHUB = Path.of(".github/workflows/publish.yml");
  private static final Path GITLAB = Path.of(".gitlab-ci.yml");

  /** CI variables in the commands, with a value of the kind the runner gives them. */
  private static final Map<String, String> VARIABLES = Map.of(
      "GITHUB_STEP_SUMMARY", "/home/runner/work/_temp/step_summary.md",
      "CI_PAGES_URL", "https://group.gitlab.io/project",
      "${{ steps.pages.outputs.base_url }}", "https://owner.github.io/repo");

  @Test
  void everyRedpressCommandOfTheGithubWorkflowIsAcceptedByTheCommandLine() throws IOException {
    List<List<String>> commands = redpressCommands(strings(YAML.readTree(GITHUB.toFile())));
    assertThat(commands).extracting(c -> String.join(" ", c)).containsExactlyInAnyOrder(
        "check --format github --report /home/runner/work/_temp/step_summary.md",
        "build --precompress --base-url https://owner.github.io/repo/");
    commands.forEach(WorkflowsTest::assertParses);
  }

  @Test
  void everyRedpressCommandOfTheGitlabPipelineIsAcceptedByTheCommandLine() throws IOException {
    List<List<String>> commands = redpressCommands(strings(YAML.readTree(GITLAB.toFile())));
    assertThat(commands).extracting(c -> String.join(" ", c)).containsExactlyInAnyOrder(
        "check --format gitlab --output gl-code-quality-report.json --report check-report.md",
        "build --precompress --base-url https://group.gitlab.io/project/");
    commands.forEach(WorkflowsTest::assertParses);
  }

  @Test
  void everyRedpressCommandInTheDeployAndFormatDocsIsAcceptedByTheCommandLine() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path doc : List.of(Path.of("README.md"), Path.of("docs/check-formats.md"))) {
      lines.addAll(Files.readAllLines(doc));
    }
    List<List<String>> commands = redpressCommands(lines);
    assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
    commands.forEach(WorkflowsTest::assertParses);
  }

  @Test
  void githubChecksPullRequestsAndDeploysMainDailyWithPagesPermissions() throws IOException {
    JsonNode flow = YAML.readTree(GITHUB.toFile());
    assertThat(flow.get("on").has("pull_request")).isTrue();
    assertThat(flow.at("/on/push/branches/0").asText()).isEqualTo("main");
    assertThat(flow.at("/on/schedule/0/cron").asText()).matches("\\d+ \\d+ \\* \\* \\*");
    assertThat(flow.at("/permissions/contents").asText()).isEqualTo("read");
    JsonNode deploy = flow.at("/jobs/deploy");
    assertThat(deploy.at("/permissions/pages").asText()).isEqualTo("write");
    assertThat(deploy.at("/permissions/id-token").asText()).isEqualTo("write");
    assertThat(deploy.at("/concurrency/cancel-in-progress").asBoolean(true)).isFalse();
    assertThat(deploy.at("/steps/0/uses").asText()).startsWith("actions/deploy-pages@");
    assertThat(strings(flow.at("/jobs/build"))).contains("actions/upload-pages-artifact@v3", "site/");
    assertThat(flow.at("/jobs/build/permissions/pages").asText()).as("configure-pages").isEqualTo("read");
    assertThat(strings(flow.at("/jobs/test"))).contains("bash .ci/run");
    assertThat(flow.at("/jobs/check/steps/1/with/distribution").asText()).isEqualTo("temurin");
    assertThat(flow.at("/jobs/check/steps/1/with/java-version").asText()).isEqualTo("17");
    assertThat(flow.at("/jobs/check/steps/1/with/cache").asText()).isEqualTo("maven");
  }

  @Test
  void gitlabPublishesPublicFromTheDefaultBranchAndKeepsTheQualityReport() throws IOException {
    JsonNode ci = YAML.readTree(GITLAB.toFile());
    assertThat(ci.at("/check/artifacts/reports/codequality").asText()).isEqualTo(GitlabFormat.DEFAULT_FILE);
    assertThat(ci.at("/check/artifacts/when").asText()).isEqualTo("always");
    assertThat(strings(ci.get("test"))).contains("mvn -B test");
    assertThat(ci.at("/pages/artifacts/paths/0").asText()).isEqualTo("public");
    assertThat(ci.at("/pages/rules/0/if").asText()).isEqualTo("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
    assertThat(strings(ci.get("pages"))).contains("rm -rf public && mv site public");
  }

  @Test
  void theEditorSettingsMapEachCommittedSchemaOntoItsRecordFolder() throws IOException {
    JsonNode schemas = new ObjectMapper().readTree(Path.of(".vscode/settings.json").toFile()).get("yaml.schemas");
    for (RecordType type : RecordType.values()) {
      String schema = "./schemas/" + type.key() + ".schema.json";
      assertThat(Path.of(schema)).as(schema).exists();
      assertThat(strings(schemas.get(schema)))
          .as(schema).contains("content/" + type.folder() + "/*.yaml");
    }
  }

  private static void assertParses(List<String> args) {
    assertThatCode(() -> new CommandLine(new Main()).parseArgs(args.toArray(String[]::new)))
        .as("redpress %s", String.join(" ", args))
        .doesNotThrowAnyException();
  }

  /** The arguments of each {@code ./redpress …} command in the lines, variables filled in. */
  static List<List<String>> redpressCommands(List<String> texts) {
    List<List<String>> commands = new ArrayList<>();
    Pattern command = Pattern.compile("\\./redpress\\s+([^\\n]*)");
    for (String text : texts) {
      Matcher m = command.matcher(text);
      while (m.find()) {
        commands.add(shellWords(substitute(m.group(1))));
      }
    }
    return commands;
  }

  private static String substitute(String line) {
    String out = line;
    for (Map.Entry<String, String> v : VARIABLES.entrySet()) {
      out = out.replace(v.getKey().startsWith("$") ? v.getKey() : "$" + v.getKey(), v.getValue());
    }
    assertThat(out).as("a CI variable this test does not know: %s", line).doesNotContain("$");
    return out;
  }

  /** Splits like a POSIX shell for the simple commands CI files use; stops at ;, &&, | or #. */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == ';' || c == '&' || c == '|' || c == '#' || c == '`') {
        break;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Every string value in a YAML tree (scripts, run steps, uses), in document order. */
  static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> out.addAll(strings(child)));
    return out;
  }
}

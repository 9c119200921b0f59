package org.redpress.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;
import org.redpress.hashing.Sha256;

/**
 * A GitLab Code Quality report: a JSON array of issues that GitLab shows in the merge request
 * widget and on the diff. Written to a file (an artifact), never to the console.
 */
final class GitlabFormat implements DiagnosticFormat {

  static final String DEFAULT_FILE = "gl-code-quality-report.json";

  @Override
  public String name() {
    return "gitlab";
  }

  @Override
  public String defaultOutput() {
    return DEFAULT_FILE;
  }

  @Override
  public String render(List<Diagnostic> diagnostics, Messages messages) {
    ArrayNode issues = JsonFormat.array();
    for (Diagnostic d : diagnostics) {
      var issue = issues.addObject()
          .put("description", messages.message(d.code(), d.args()))
          .put("check_name", d.code())
          .put("fingerprint", fingerprint(d))
          .put("severity", d.isError() ? "major" : "minor");
      // GitLab needs a line: a finding about a whole file is shown on its first line.
      issue.putObject("location").put("path", d.at().file())
          .putObject("lines").put("begin", Math.max(1, d.at().line()));
    }
    return JsonFormat.write(issues);
  }

  /**
   * Identifies a finding across pipelines, so GitLab can tell new problems from fixed ones: the
   * SHA-256 of code, file, line and arguments (not the message, which changes with --lang).
   */
  static String fingerprint(Diagnostic d) {
    String key = String.join("\u0000", d.code(), d.at().file(), String.valueOf(d.at().line()),
        String.join("\u0000", d.args()));
    return Sha256.hex(key);
  }
}

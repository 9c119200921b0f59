package org.redpress.cli;

import java.util.List;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;
import org.redpress.diagnostics.SourcePosition;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=CODE::message}), which
 * the runner turns into annotations on the changed lines of a pull request.
 */
final class GithubFormat implements DiagnosticFormat {

  @Override
  public String name() {
    return "github";
  }

  @Override
  public String render(List<Diagnostic> diagnostics, Messages messages) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append("::").append(d.isError() ? "error" : "warning").append(' ')
          .append(properties(d.at(), d.code()))
          .append("::").append(escapeData(messages.message(d.code(), d.args())))
          .append('\n');
    }
    return out.toString();
  }

  /** Unknown line or column (0) is left out: GitHub then annotates the whole file. */
  private static String properties(SourcePosition at, String code) {
    StringBuilder p = new StringBuilder("file=").append(escapeProperty(at.file()));
    if (at.line() > 0) {
      p.append(",line=").append(at.line());
      if (at.column() > 0) {
        p.append(",col=").append(at.column());
      }
    }
    return p.append(",title=").append(escapeProperty(code)).toString();
  }

  /** The runner's rules for a command's message (actions/toolkit {@code escapeData}). */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The runner's rules for a property value: also {@code :} and {@code ,}, which delimit properties. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}

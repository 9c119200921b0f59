package org.redpress.cli;

import java.util.List;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;

/** The editors' format, one line each: {@code path:line:col: 错误 CODE message}. */
final class TextFormat implements DiagnosticFormat {

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String render(List<Diagnostic> diagnostics, Messages messages) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(d.format(messages)).append('\n');
    }
    return out.toString();
  }

  @Override
  public boolean machineReadable() {
    return false;
  }
}

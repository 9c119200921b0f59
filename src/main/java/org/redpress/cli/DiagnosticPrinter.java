package org.redpress.cli;

import java.io.PrintWriter;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;

/** Prints diagnostics one per line, sorted: {@code path:line:col: 错误 CODE message}. */
final class DiagnosticPrinter {

  private final Messages messages;
  private final PrintWriter err;

  DiagnosticPrinter(Messages messages, PrintWriter err) {
    this.messages = messages;
    this.err = err;
  }

  void print(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.sorted()) {
      err.println(d.format(messages));
    }
    err.flush();
  }
}

package org.redpress.cli;

import java.io.PrintWriter;
import org.redpress.build.Progress;

/** Shows each finished stage on a terminal; silent when output is not a terminal or with --quiet. */
final class TerminalProgress implements Progress {

  private final PrintWriter err;

  private TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  static Progress create(boolean quiet, PrintWriter err) {
    return quiet || System.console() == null ? Progress.NONE : new TerminalProgress(err);
  }

  @Override
  public void done(String name, long millis, String detail) {
    err.printf("  %-9s %6d ms  %s%n", name, millis, detail);
    err.flush();
  }
}

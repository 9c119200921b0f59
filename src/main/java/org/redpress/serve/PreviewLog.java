package org.redpress.serve;

import java.time.Duration;
import java.util.List;
import org.redpress.diagnostics.Diagnostic;

/** Receives what the preview has to tell on the console; the command line prints it. */
public interface PreviewLog {

  PreviewLog NONE = new PreviewLog() {};

  /** A rebuild succeeded: how many output files changed, the time, and its warnings. */
  default void rebuilt(int changedFiles, Duration took, List<Diagnostic> warnings) {}

  /** A rebuild failed; the last good build is still served. */
  default void failed(List<Diagnostic> diagnostics, Duration took) {}

  /** Building the search index or writing {@code site/} after a rebuild failed (a bug or a full disk). */
  default void followUpFailed(String problem) {}
}

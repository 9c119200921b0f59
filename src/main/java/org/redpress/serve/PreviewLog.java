package org.redpress.serve;

import java.time.Duration;
import java.util.List;
import org.redpress.build.StageTiming;
import org.redpress.diagnostics.Diagnostic;

/** Receives what the preview has to tell on the console; the command line prints it. */
public interface PreviewLog {

  PreviewLog NONE = new PreviewLog() {};

  /** A rebuild succeeded and is served: how many pages the site has, the time, and its warnings. */
  default void rebuilt(int pages, Duration took, List<Diagnostic> warnings) {}

  /** The stages of a rebuild just reported, in execution order. */
  default void stages(List<StageTiming> timings) {}

  /** The link check, the search index and the copy on disk caught up with the pages served, taking {@code took}. */
  default void followedUp(Duration took) {}

  /** A rebuild, or the link check after it, failed; the last good build is still served. */
  default void failed(List<Diagnostic> diagnostics, Duration took) {}

  /** Building the search index or writing {@code site/} after a rebuild failed (a bug or a full disk). */
  default void followUpFailed(String problem) {}
}

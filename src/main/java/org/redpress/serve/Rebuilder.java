package org.redpress.serve;

import java.nio.file.Path;
import java.util.Set;

/**
 * Rebuilds the site after source files changed. The preview calls it from one thread, one batch
 * at a time; an incremental implementation may use {@code changed} to redo only what depends on
 * those files, the full one ignores it.
 */
public interface Rebuilder {

  /**
   * Builds for a batch of changed files (absolute paths under {@code content/} or {@code templates/};
   * empty for the first build, meaning everything) and says what came out.
   */
  BuildOutcome rebuild(Set<Path> changed);
}

package org.redpress.serve;

import java.nio.file.Path;
import java.util.Set;

/** Rebuilds the site after source files changed; called from one thread, one batch at a time. */
public interface Rebuilder {

  /**
   * Builds after a batch of changed files: absolute paths under {@code content/} or
   * {@code templates/}, empty for the first build (everything). The preview's own rebuilder
   * reads every file anyway (and parses only those whose bytes changed), so it needs no names.
   */
  BuildOutcome rebuild(Set<Path> changed);

  /**
   * Rebuilds once more and throws the result away; run a few times right after the first build,
   * so the code a save runs is compiled before the editor's first save rather than during it.
   */
  default void warmUp() {}
}

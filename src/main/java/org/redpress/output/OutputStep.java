package org.redpress.output;

import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;

/**
 * One producer of output files from the model: pages, feeds, the sitemap, the search index.
 * Built-in outputs and any future ones use this same seam; the build runs them in order.
 */
public interface OutputStep {

  /** A short name for timings and progress ("pages", "feeds", "search"). */
  String name();

  List<OutputFile> produce(SiteModel model, Diagnostics diagnostics);

  /**
   * The same files for a build that writes each once: a step whose files are many and large (the
   * pages) may return them {@linkplain OutputFile#deferred deferred}, made when the build writes
   * them, so they never all sit in memory together. Problems found in making them are reported
   * then, before the build publishes anything.
   */
  default List<OutputFile> produceDeferred(SiteModel model, Diagnostics diagnostics) {
    return produce(model, diagnostics);
  }
}

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
}

package org.redpress.search;

import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.OutputFile;
import org.redpress.model.OutputStep;
import org.redpress.model.SiteModel;

/** The build's "search" output: the static index under {@code search/} for the browser client. */
public final class SearchOutputStep implements OutputStep {

  @Override
  public String name() {
    return "search";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    try (SearchIndex index = SearchIndex.build(model)) {
      return new StaticIndexExporter(index).export();
    }
  }
}

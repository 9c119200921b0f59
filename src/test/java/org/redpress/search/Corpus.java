package org.redpress.search;

import java.util.List;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;

/** A site indexed by Lucene, its exported static index, and the shipped engine reading it. */
final class Corpus implements AutoCloseable {

  final SearchIndex index;
  final List<OutputFile> files;
  final JsClient js;

  Corpus(SiteModel model) {
    this(model, StaticIndexExporter.COMMON_TERMS);
  }

  /** A corpus whose common-terms table holds at most {@code commonTerms} terms. */
  Corpus(SiteModel model, int commonTerms) {
    index = SearchIndex.build(model);
    files = new StaticIndexExporter(index, commonTerms).export();
    js = new JsClient().serve(files);
  }

  @Override
  public void close() {
    js.close();
    index.close();
  }
}

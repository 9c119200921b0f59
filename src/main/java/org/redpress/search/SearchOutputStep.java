package org.redpress.search;

import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownCache;
import org.redpress.model.OutputFile;
import org.redpress.model.OutputStep;
import org.redpress.model.SiteModel;

/** The build's "search" output: the static index under {@code search/} for the browser client. */
public final class SearchOutputStep implements OutputStep {

  private final MarkdownCache markdown;

  public SearchOutputStep() {
    this(new MarkdownCache());
  }

  /** A step that takes body text from {@code markdown}, shared with the pages of the build. */
  public SearchOutputStep(MarkdownCache markdown) {
    this.markdown = markdown;
  }

  @Override
  public String name() {
    return "search";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    Export export = export(model);
    try (SearchIndex index = export.index()) {
      return export.files();
    }
  }

  /** The Lucene index of {@code model} with its static export; the caller owns (and closes) the index. */
  public Export export(SiteModel model) {
    SearchIndex index = SearchIndex.build(model, markdown);
    return new Export(index, new StaticIndexExporter(index).export());
  }

  /** A built index and the files exported from it. */
  public record Export(SearchIndex index, List<OutputFile> files) {
    public Export {
      files = List.copyOf(files);
    }
  }
}

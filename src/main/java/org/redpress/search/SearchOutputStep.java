package org.redpress.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * The build's "search" output: the static index under {@code search/} and the browser engine that
 * reads it ({@link EngineScript#PATH}), always written together so their formats agree.
 */
public final class SearchOutputStep implements OutputStep {

  private final MarkdownMemo markdown;

  public SearchOutputStep() {
    this(new MarkdownMemo());
  }

  /** A step that takes body text from {@code markdown}, shared with the pages of the build. */
  public SearchOutputStep(MarkdownMemo markdown) {
    this.markdown = markdown;
  }

  @Override
  public String name() {
    return "search";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    // A build exports the index but never searches it: no Lucene index to build.
    List<OutputFile> files = new ArrayList<>(
        StaticIndexExporter.of(SearchDocuments.of(model, markdown), model.config()).export());
    files.add(EngineScript.file());
    return files;
  }

  /** The Lucene index of {@code model} with its static export; the caller owns (and closes) the index. */
  public Export export(SiteModel model) {
    return export(model, () -> false).orElseThrow();
  }

  /**
   * Like {@link #export(SiteModel)}, but gives up (empty) as soon as {@code stop} says so between
   * its stages: text extraction, indexing, export.
   */
  public Optional<Export> export(SiteModel model, BooleanSupplier stop) {
    List<SearchDocument> docs = SearchDocuments.of(model, markdown);
    if (stop.getAsBoolean()) {
      return Optional.empty();
    }
    SearchIndex index = SearchIndex.build(docs, model.config());
    if (stop.getAsBoolean()) {
      index.close();
      return Optional.empty();
    }
    List<OutputFile> files = new ArrayList<>(new StaticIndexExporter(index).export());
    files.add(EngineScript.file());
    return Optional.of(new Export(index, files));
  }

  /** A built index and the files exported from it. */
  public record Export(SearchIndex index, List<OutputFile> files) {
    public Export {
      files = List.copyOf(files);
    }
  }
}

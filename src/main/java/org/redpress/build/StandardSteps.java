package org.redpress.build;

import java.util.ArrayList;
import java.util.List;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputStep;
import org.redpress.render.SiteRenderer;
import org.redpress.search.SearchOutputStep;

/** The built-in outputs of one model, in the order they run: the theme's pages, feeds and sitemap, then search. */
final class StandardSteps {

  private StandardSteps() {}

  static List<OutputStep> of(PipelineOptions options, SiteModel model) {
    // One per build: the pages and the search index render each Markdown body once between them.
    MarkdownMemo markdown = new MarkdownMemo();
    List<OutputStep> steps = new ArrayList<>(
        new SiteRenderer(model, options.templatesDir(), options.contentDir(), markdown).steps());
    steps.add(new SearchOutputStep(markdown));
    return List.copyOf(steps);
  }
}

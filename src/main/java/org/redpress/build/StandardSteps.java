package org.redpress.build;

import java.util.ArrayList;
import java.util.List;
import org.redpress.output.OutputStep;
import org.redpress.render.RenderSteps;
import org.redpress.search.SearchOutputStep;

/** The built-in outputs, in the order they run: the theme's pages, feeds and sitemap, then search. */
final class StandardSteps {

  private StandardSteps() {}

  static List<OutputStep> of(PipelineOptions options, BuildCache cache) {
    List<OutputStep> steps = new ArrayList<>(
        new RenderSteps(options.templatesDir(), options.contentDir(), cache.markdown(), cache.pages(), cache.bodies())
            .steps());
    steps.add(new SearchOutputStep(cache.markdown()));
    return List.copyOf(steps);
  }
}

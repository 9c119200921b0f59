package org.redpress.render;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.OutputFile;
import org.redpress.model.OutputStep;
import org.redpress.model.SiteModel;

/** Renders every planned HTML page through its template, in parallel, sorted by path. */
final class PagesStep implements OutputStep {

  private final Path templatesDir;
  private final Path contentDir;
  private final BuildState state;

  PagesStep(Path templatesDir, Path contentDir, BuildState state) {
    this.templatesDir = templatesDir;
    this.contentDir = contentDir;
    this.state = state;
  }

  @Override
  public String name() {
    return "pages";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    Optional<Templates> templates = Templates.open(templatesDir, diagnostics);
    if (templates.isEmpty()) {
      return List.of();
    }
    ViewFactory views = state.views(model, diagnostics);
    String searchScript = state.assets(diagnostics).path("search.js").map(views.links()::href).orElse(null);
    PagePlan plan = new PagePlan(views, new RecordViews(views, new MediaSizes(contentDir)), searchScript);
    return plan.pages().parallelStream()
        .map(p -> templates.get().render(p.template(), p.model().get(), diagnostics)
            .map(html -> OutputFile.text(p.file(), html)))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(OutputFile::path))
        .toList();
  }

  /** The pages the site has, without rendering them (for the sitemap). */
  List<PlannedPage> plan(SiteModel model, Diagnostics diagnostics) {
    ViewFactory views = state.views(model, diagnostics);
    return new PagePlan(views, new RecordViews(views, new MediaSizes(contentDir)), null).pages();
  }
}

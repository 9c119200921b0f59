package org.redpress.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * Renders the planned HTML pages of one model through their templates: all of them in parallel
 * for a build, or one by its file for the preview. Both go through {@link #render}, so a page
 * the preview serves is the page a build writes.
 */
final class PagesStep implements OutputStep {

  private final Path contentDir;
  private final BuildState state;
  private List<PlannedPage> planned;
  private Map<String, PlannedPage> byFile;

  PagesStep(Path contentDir, BuildState state) {
    this.contentDir = contentDir;
    this.state = state;
  }

  @Override
  public String name() {
    return "pages";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    return produce(model, diagnostics, () -> false);
  }

  @Override
  public List<OutputFile> produceDeferred(SiteModel model, Diagnostics diagnostics) {
    Optional<Templates> templates = ready(diagnostics);
    if (templates.isEmpty()) {
      return List.of();
    }
    // A page that fails to render reports its error and writes nothing of use: the build stops
    // before publishing, so its empty bytes are never seen.
    return plan(model, diagnostics).stream()
        .map(p -> OutputFile.deferred(p.file(), () -> templates.get().render(p.template(), p.model().get(), diagnostics)
            .map(html -> html.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0])))
        .toList();
  }

  /** Every page, or (once {@code stop} says so) only those rendered by then: checked before each page. */
  List<OutputFile> produce(SiteModel model, Diagnostics diagnostics, BooleanSupplier stop) {
    Optional<Templates> templates = ready(diagnostics);
    if (templates.isEmpty()) {
      return List.of();
    }
    return plan(model, diagnostics).parallelStream()
        .map(p -> stop.getAsBoolean() ? Optional.<OutputFile>empty() : render(p, templates.get(), diagnostics))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(OutputFile::path))
        .toList();
  }

  /** The templates, with every record's body rendered (on all cores) for the pages to use; empty when the templates are missing. */
  private Optional<Templates> ready(Diagnostics diagnostics) {
    Optional<Templates> templates = state.templates(diagnostics);
    if (templates.isPresent()) {
      state.renderAllBodies(diagnostics);
    }
    return templates;
  }

  /** The page whose output file is {@code file} ({@code practices/x/index.html}); empty if none or it failed. */
  Optional<OutputFile> page(String file, Diagnostics diagnostics) {
    PlannedPage page = byFile(diagnostics).get(file);
    Optional<Templates> templates = state.templates(diagnostics);
    if (page == null || templates.isEmpty()) {
      return Optional.empty();
    }
    return render(page, templates.get(), diagnostics);
  }

  /** Whether the site has a page at output file {@code file}. */
  boolean has(String file, Diagnostics diagnostics) {
    return byFile(diagnostics).containsKey(file);
  }

  private static Optional<OutputFile> render(PlannedPage page, Templates templates, Diagnostics diagnostics) {
    return templates.render(page.template(), page.model().get(), diagnostics)
        .map(html -> OutputFile.text(page.file(), html));
  }

  /** The pages the site has, sorted by path, without rendering them (the sitemap reads it too). */
  synchronized List<PlannedPage> plan(SiteModel model, Diagnostics diagnostics) {
    if (planned == null) {
      ViewFactory views = state.views(model, diagnostics);
      String searchScript = state.assets(diagnostics).path("search.js").map(views.links()::href).orElse(null);
      String nearbyScript = state.assets(diagnostics).path("nearby.js").map(views.links()::href).orElse(null);
      planned = new PagePlan(views, new RecordViews(views, new MediaSizes(contentDir)), searchScript, nearbyScript)
          .pages()
          .stream().sorted(Comparator.comparing(PlannedPage::path)).toList();
      byFile = new HashMap<>(planned.size() * 2);
      planned.forEach(p -> byFile.put(p.file(), p));
    }
    return planned;
  }

  private synchronized Map<String, PlannedPage> byFile(Diagnostics diagnostics) {
    plan(state.model(), diagnostics);
    return byFile;
  }
}

package org.redpress.render;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/** Renders every planned HTML page through its template, in parallel, sorted by path. */
final class PagesStep implements OutputStep {

  private final Path templatesDir;
  private final Path contentDir;
  private final BuildState state;
  private final PageCache cache;
  private SiteModel plannedFor;
  private List<PlannedPage> planned;

  PagesStep(Path templatesDir, Path contentDir, BuildState state, PageCache cache) {
    this.templatesDir = templatesDir;
    this.contentDir = contentDir;
    this.state = state;
    this.cache = cache;
  }

  @Override
  public String name() {
    return "pages";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    Optional<Templates> templates = state.templates(diagnostics);
    if (templates.isEmpty()) {
      return List.of();
    }
    ViewFactory views = state.views(model, diagnostics);
    String searchScript = state.assets(diagnostics).path("search.js").map(views.links()::href).orElse(null);
    PagePlan plan = new PagePlan(views, new RecordViews(views, new MediaSizes(contentDir)), searchScript,
        cache.recordInputs());
    TemplateDigests digests = new TemplateDigests(templatesDir);
    List<PlannedPage> pages = planned(model, () -> plan);
    cache.startBuild(List.of(model.config(), plan.notFound(),
        ViewFactory.SECTIONS.stream().map(views::feed).toList(), String.valueOf(searchScript)));
    List<OutputFile> files = pages.parallelStream()
        .map(p -> render(p, templates.get(), digests, diagnostics))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(OutputFile::path))
        .toList();
    cache.retainOnly(pages);
    return files;
  }

  /** Renders one page, or reuses the previous build's bytes when nothing it depends on changed. */
  private Optional<OutputFile> render(PlannedPage page, Templates templates, TemplateDigests digests,
      Diagnostics diagnostics) {
    byte[] templateDigest = digests.of(page.template());
    List<Object> inputs = page.inputs() == null ? null
        : List.of(digests.hex(page.template()), page.inputs());
    // Built at most once, and only when the inputs alone cannot settle the page.
    AtomicReference<Map<String, Object>> view = new AtomicReference<>();
    Supplier<Map<String, Object>> model = () -> view.updateAndGet(v -> v != null ? v : page.model().get());
    return cache.renderOrReuse(page.file(), inputs,
        () -> PageCache.fingerprint(templateDigest, page.template(), model.get()),
        () -> templates.render(page.template(), model.get(), diagnostics)
            .map(html -> OutputFile.text(page.file(), html)));
  }

  /** The pages the site has, without rendering them (for the sitemap): the plan pages were rendered from. */
  List<PlannedPage> plan(SiteModel model, Diagnostics diagnostics) {
    return planned(model, () -> {
      ViewFactory views = state.views(model, diagnostics);
      return new PagePlan(views, new RecordViews(views, new MediaSizes(contentDir)), null, cache.recordInputs());
    });
  }

  /** The sitemap from the page cache when the pages it lists are the same, else from {@code make}. */
  OutputFile sitemap(List<Object> entries, Supplier<OutputFile> make) {
    return cache.sitemap(entries, make);
  }

  /** The plan of {@code model}, made once per build whichever step asks first. */
  private synchronized List<PlannedPage> planned(SiteModel model, Supplier<PagePlan> plan) {
    if (plannedFor != model) {
      // Sorted by path once here, so the sorts of the written pages and the sitemap find runs.
      planned = plan.get().pages().stream().sorted(Comparator.comparing(PlannedPage::path)).toList();
      plannedFor = model;
    }
    return planned;
  }
}

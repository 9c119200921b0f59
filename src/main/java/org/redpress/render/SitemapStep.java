package org.redpress.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * {@code sitemap.xml} through {@code templates/sitemap.ftlx}: every planned HTML page but 404,
 * absolute, with record dates as lastmod.
 */
final class SitemapStep implements OutputStep {

  /** The sitemap's template; its root variable is {@code sitemap}. */
  static final String TEMPLATE = "sitemap.ftlx";

  private final PagesStep pages;
  private final BuildState state;

  SitemapStep(PagesStep pages, BuildState state) {
    this.pages = pages;
    this.state = state;
  }

  @Override
  public String name() {
    return "sitemap";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    Optional<Templates> templates = state.templates(diagnostics);
    if (templates.isEmpty()) {
      return List.of();
    }
    Links links = state.views(model, diagnostics).links();
    List<PlannedPage> listed = pages.plan(model, diagnostics).stream()
        .filter(PlannedPage::inSitemap)
        .sorted(Comparator.comparing(PlannedPage::path))
        .toList();
    OutputFile file = write(listed, links, templates.get(), diagnostics);
    return file == null ? List.of() : List.of(file);
  }

  /** The sitemap file; null when the template fails (reported as {@code E-TEMPLATE}). */
  private static OutputFile write(List<PlannedPage> listed, Links links, Templates templates, Diagnostics diagnostics) {
    SitemapView view = new SitemapView(listed.stream()
        .map(p -> new SitemapView.Url(links.absolute(p.path()), p.lastmod() == null ? null : p.lastmod().toString()))
        .toList());
    return templates.render(TEMPLATE, Map.of("sitemap", view), diagnostics)
        .map(xml -> OutputFile.text("sitemap.xml", xml))
        .orElse(null);
  }
}

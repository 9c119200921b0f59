package org.redpress.render;

import java.nio.file.Path;
import java.util.ArrayList;
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
  private final Path templatesDir;

  SitemapStep(PagesStep pages, BuildState state, Path templatesDir) {
    this.pages = pages;
    this.state = state;
    this.templatesDir = templatesDir;
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
    // What the file says: the template, the site's origin and base path, then each page's path and date.
    List<Object> entries = new ArrayList<>(listed.size() * 2 + 2);
    entries.add(new TemplateDigests(templatesDir).hex(TEMPLATE));
    entries.add(links.absolute(""));
    listed.forEach(p -> {
      entries.add(p.path());
      entries.add(p.lastmod());
    });
    OutputFile file = pages.sitemap(entries, () -> write(listed, links, templates.get(), diagnostics));
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

package org.redpress.render;

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
 * absolute, with record dates as lastmod. A site with more pages than one sitemap may list gets
 * {@code sitemap-1.xml}, {@code sitemap-2.xml}, … and a sitemap index ({@code
 * templates/sitemap-index.ftlx}) as {@code sitemap.xml}, which robots.txt names either way.
 */
final class SitemapStep implements OutputStep {

  /** The sitemap's template; its root variable is {@code sitemap}. */
  static final String TEMPLATE = "sitemap.ftlx";

  /** The sitemap index's template; its root variable is {@code index}. */
  static final String INDEX_TEMPLATE = "sitemap-index.ftlx";

  /** Most URLs in one sitemap file: the protocol's limit (sitemaps.org), past which search engines stop reading. */
  static final int MAX_URLS = 50_000;

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
    List<SitemapView.Url> urls = pages.plan(model, diagnostics).stream()
        .filter(PlannedPage::inSitemap)
        .sorted(Comparator.comparing(PlannedPage::path))
        .map(p -> new SitemapView.Url(links.absolute(p.path()), p.lastmod() == null ? null : p.lastmod().toString()))
        .toList();
    return files(urls, MAX_URLS, links, templates.get(), diagnostics);
  }

  /**
   * {@code sitemap.xml} listing {@code urls}, or, past {@code maxUrls}, that many a file and the
   * index; nothing when a template fails (reported as {@code E-TEMPLATE}).
   */
  static List<OutputFile> files(List<SitemapView.Url> urls, int maxUrls, Links links, Templates templates,
      Diagnostics diagnostics) {
    if (urls.size() <= maxUrls) {
      return sitemap("sitemap.xml", urls, templates, diagnostics).map(List::of).orElse(List.of());
    }
    List<OutputFile> out = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int from = 0; from < urls.size(); from += maxUrls) {
      String path = "sitemap-" + (parts.size() + 1) + ".xml";
      Optional<OutputFile> part = sitemap(path, urls.subList(from, Math.min(urls.size(), from + maxUrls)),
          templates, diagnostics);
      if (part.isEmpty()) {
        return List.of();
      }
      out.add(part.get());
      parts.add(links.absolute(path));
    }
    Optional<String> index = templates.render(INDEX_TEMPLATE, Map.of("index", new SitemapIndexView(parts)), diagnostics);
    if (index.isEmpty()) {
      return List.of();
    }
    out.add(OutputFile.text("sitemap.xml", index.get()));
    out.sort(Comparator.comparing(OutputFile::path));
    return out;
  }

  private static Optional<OutputFile> sitemap(String path, List<SitemapView.Url> urls, Templates templates,
      Diagnostics diagnostics) {
    return templates.render(TEMPLATE, Map.of("sitemap", new SitemapView(urls)), diagnostics)
        .map(xml -> OutputFile.text(path, xml));
  }
}

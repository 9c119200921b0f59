package org.redpress.render;

import java.util.Comparator;
import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;
import org.redpress.model.SiteModel;

/** {@code sitemap.xml}: every planned HTML page but 404, absolute, with record dates as lastmod. */
final class SitemapStep implements OutputStep {

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
    Links links = state.views(model, diagnostics).links();
    List<PlannedPage> listed = pages.plan(model, diagnostics).stream()
        .filter(PlannedPage::inSitemap)
        .sorted(Comparator.comparing(PlannedPage::path))
        .toList();
    return List.of(write(listed, links));
  }

  private static OutputFile write(List<PlannedPage> listed, Links links) {
    StringBuilder xml = new StringBuilder(64 * 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    listed.forEach(p -> {
      xml.append("  <url><loc>").append(Xml.escape(links.absolute(p.path()))).append("</loc>");
      if (p.lastmod() != null) {
        xml.append("<lastmod>").append(p.lastmod()).append("</lastmod>");
      }
      xml.append("</url>\n");
    });
    xml.append("</urlset>\n");
    return OutputFile.text("sitemap.xml", xml.toString());
  }
}

package org.redpress.render;

import java.util.List;

/** The sitemap index: the sitemap files of a site with more pages than one sitemap may list. */
@Doc("The sitemap index (sitemap-index.ftlx), written as sitemap.xml when the site has more than 50,000 pages.")
public record SitemapIndexView(@Doc("The sitemap files' absolute URLs: sitemap-1.xml, sitemap-2.xml, ….") List<String> sitemaps) {

  public SitemapIndexView {
    sitemaps = List.copyOf(sitemaps);
  }
}

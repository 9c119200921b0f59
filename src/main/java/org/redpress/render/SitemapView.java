package org.redpress.render;

import java.util.List;

/** The pages the sitemap lists: every planned HTML page but 404, sorted by path. */
@Doc("The sitemap (sitemap.ftlx): every page but 404, sorted by path.")
public record SitemapView(@Doc("The pages.") List<Url> urls) {

  public SitemapView {
    urls = List.copyOf(urls);
  }

  /** One page: its absolute URL and, for a dated record, its date. */
  @Doc("One page of the sitemap.")
  public record Url(
      @Doc("The page's absolute URL.") String loc,
      @Doc("A record page's date as 2018-06-30; null for other pages.") String lastmod) {}
}

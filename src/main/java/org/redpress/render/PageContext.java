package org.redpress.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What the shared layout needs on every page: site and page titles, description, canonical
 * URL and Open Graph data, navigation with the current entry, breadcrumbs, feeds, hashed asset
 * hrefs and the footer. Built by {@link ViewFactory#page}.
 */
public record PageContext(
    String siteTitle,
    String title,
    String fullTitle,
    String description,
    String canonical,
    String ogType,
    String ogImage,
    String homeHref,
    String searchHref,
    List<NavItem> nav,
    List<LinkView> crumbs,
    List<LinkView> feeds,
    String css,
    String themeJs,
    String icon,
    String searchJs,
    String footerText,
    String icp,
    boolean noindex,
    String bodyClass) {

  public PageContext {
    nav = List.copyOf(nav);
    crumbs = List.copyOf(crumbs);
    feeds = List.copyOf(feeds);
  }

  /** Collects the page-specific parts; the site-wide ones come from {@link ViewFactory}. */
  static final class Builder {
    private final ViewFactory.SiteParts site;
    private final String title;
    private final String canonical;
    private final List<NavItem> nav;
    private String description;
    private String ogType = "website";
    private String ogImage;
    private final List<LinkView> crumbs = new ArrayList<>();
    private final List<LinkView> feeds = new ArrayList<>();
    private String searchJs;
    private boolean noindex;
    private String bodyClass = "";

    Builder(ViewFactory.SiteParts site, String title, String canonical, List<NavItem> nav) {
      this.site = site;
      this.title = title;
      this.canonical = canonical;
      this.nav = nav;
      this.description = site.description();
    }

    Builder description(String text) {
      if (text != null && !text.isBlank()) {
        description = text;
      }
      return this;
    }

    Builder article(String image) {
      ogType = "article";
      ogImage = image;
      return this;
    }

    Builder crumb(LinkView link) {
      crumbs.add(link);
      return this;
    }

    Builder feed(LinkView link) {
      feeds.add(link);
      return this;
    }

    Builder searchScript(String href) {
      searchJs = href;
      return this;
    }

    Builder noindex() {
      noindex = true;
      return this;
    }

    Builder bodyClass(String cssClass) {
      bodyClass = cssClass;
      return this;
    }

    PageContext build() {
      String full = title.equals(site.title()) ? title : title + " - " + site.title();
      List<LinkView> allFeeds = new ArrayList<>(feeds);
      if (site.siteFeed() != null) {
        allFeeds.add(site.siteFeed());
      }
      return new PageContext(site.title(), title, full, description, canonical, ogType, ogImage,
          site.homeHref(), site.searchHref(), nav, crumbs, allFeeds, site.css(), site.themeJs(),
          site.icon(), searchJs, site.footerText(), site.icp(), noindex, bodyClass);
    }
  }
}

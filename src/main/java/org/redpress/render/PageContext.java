package org.redpress.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What the shared layout needs on every page: site and page titles, description, canonical
 * URL and Open Graph data, navigation with the current entry, breadcrumbs, feeds, hashed asset
 * hrefs and the footer. Built by {@link ViewFactory#page}.
 */
@Doc("What the shared layout needs on every page (layout.ftlh); the root variable page of every HTML template.")
public record PageContext(
    @Doc("The site's title (site.yaml).") String siteTitle,
    @Doc("The page's title (layout.ftlh's <title> adds the site's after it, unless they are the same).") String title,
    @Doc("The meta description: the page's summary, else the site's description.") String description,
    @Doc("The page's absolute URL.") String canonical,
    @Doc("The Open Graph type: article for record pages, else website.") String ogType,
    @Doc("The absolute URL of the picture a shared link shows: the record's photo, else the page's share card (PNG, 1200×630); null when the theme has no card font.") String ogImage,
    @Doc("The home page.") String homeHref,
    @Doc("The search page.") String searchHref,
    @Doc("The main navigation, with the current entry marked.") List<NavItem> nav,
    @Doc("The breadcrumbs above the page's own title (empty on the home page).") List<LinkView> crumbs,
    @Doc("The Atom feeds to announce: the list's own, then the site's (last).") List<LinkView> feeds,
    @Doc("The hashed stylesheet; null when missing.") String css,
    @Doc("The hashed theme script (large-print switch); null when missing.") String themeJs,
    @Doc("The hashed icon; null when missing.") String icon,
    @Doc("The web app manifest (manifest.webmanifest).") String manifest,
    @Doc("The 180 px PNG icon for iOS home screens (apple-touch-icon).") String touchIcon,
    @Doc("The hashed search script, on the search page only; else null.") String searchJs,
    @Doc("The hashed 离我最近 script (nearby.js), on the venues list only; else null.") String nearbyJs,
    @Doc("The footer: its text and who runs the site (site.yaml).") FooterView footer,
    @Doc("Whether search engines should skip the page (404).") boolean noindex,
    @Doc("CSS classes of <body>: page-<kind>, and for records type-<key>.") String bodyClass,
    @Doc("The origins the page may frame (its videos' platforms, once tapped), for the CSP's frame-src; null: none.") String frameSources) {

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
    private final String shareCard;
    private final List<LinkView> crumbs = new ArrayList<>();
    private final List<LinkView> feeds = new ArrayList<>();
    private String searchJs;
    private String nearbyJs;
    private boolean noindex;
    private String bodyClass = "";
    private String frameSources;

    Builder(ViewFactory.SiteParts site, String title, String canonical, List<NavItem> nav, String shareCard) {
      this.site = site;
      this.shareCard = shareCard;
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

    /** A record page; {@code photo} is its first photo's absolute URL, or null to share the page's card. */
    Builder article(String photo) {
      ogType = "article";
      ogImage = photo;
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

    Builder nearbyScript(String href) {
      nearbyJs = href;
      return this;
    }

    Builder noindex() {
      noindex = true;
      return this;
    }

    /** The origins of the video players the page may load when tapped; null for none. */
    Builder frameSources(String origins) {
      frameSources = origins;
      return this;
    }

    Builder bodyClass(String cssClass) {
      bodyClass = cssClass;
      return this;
    }

    PageContext build() {
      List<LinkView> allFeeds = new ArrayList<>(feeds);
      if (site.siteFeed() != null) {
        allFeeds.add(site.siteFeed());
      }
      return new PageContext(site.title(), title, description, canonical, ogType,
          ogImage != null ? ogImage : shareCard,
          site.homeHref(), site.searchHref(), nav, crumbs, allFeeds, site.css(), site.themeJs(),
          site.icon(), site.manifest(), site.touchIcon(), searchJs, nearbyJs, site.footer(), noindex, bodyClass,
          frameSources);
    }
  }
}

package org.redpress.render;

import java.net.URI;
import org.redpress.config.SiteConfig;
import org.redpress.model.Urls;

/**
 * Turns the model's site-relative paths ({@code practices/x/}) into what a page needs: an
 * absolute-path href carrying the base path, an absolute URL, and the output file name.
 */
final class Links {

  private final String basePath;
  private final String origin;

  Links(SiteConfig config) {
    this.basePath = config.basePath();
    URI base = config.baseUrl();
    this.origin = base.getScheme() + "://" + base.getRawAuthority();
  }

  String basePath() {
    return basePath;
  }

  /** {@code /alliance/tags/%E5%85%9A/} for {@code tags/党/}: segments percent-encoded. */
  String href(String sitePath) {
    return basePath + Urls.encode(sitePath);
  }

  /** The absolute URL of a site path, for canonical links, feeds and the sitemap. */
  String absolute(String sitePath) {
    return origin + href(sitePath);
  }

  /** The output file of a site path: a directory path gets its {@code index.html}. */
  static String file(String sitePath) {
    return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
  }
}

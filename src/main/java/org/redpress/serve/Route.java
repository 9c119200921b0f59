package org.redpress.serve;

/**
 * Where a (guarded, decoded) request path goes, given the site's base path: a file of the site
 * (path relative to the base), a redirect, the search API, or one of the preview's own endpoints
 * under {@code __redpress/}, which answer both at the root and under the base.
 */
record Route(Kind kind, String target) {

  /** The kinds of destination. */
  enum Kind { SITE, REDIRECT_PERMANENT, REDIRECT_TEMPORARY, SEARCH, LIVE_JS, EVENTS, STATS, UNKNOWN_INTERNAL, OUTSIDE }

  static final String INTERNAL = "__redpress/";

  static Route of(String path, String basePath) {
    if (path.equals("/api/search") || path.equals(basePath + "api/search")) {
      return new Route(Kind.SEARCH, "");
    }
    String internal = path.startsWith("/" + INTERNAL) ? path.substring(1 + INTERNAL.length())
        : path.startsWith(basePath + INTERNAL) ? path.substring(basePath.length() + INTERNAL.length()) : null;
    if (internal != null) {
      return switch (internal) {
        case "live.js" -> new Route(Kind.LIVE_JS, "");
        case "events" -> new Route(Kind.EVENTS, "");
        case "stats" -> new Route(Kind.STATS, "");
        default -> new Route(Kind.UNKNOWN_INTERNAL, "");
      };
    }
    if (path.startsWith(basePath)) {
      return new Route(Kind.SITE, path.substring(basePath.length()));
    }
    if ((path + "/").equals(basePath)) {
      return new Route(Kind.REDIRECT_PERMANENT, basePath);
    }
    if (path.equals("/")) {
      return new Route(Kind.REDIRECT_TEMPORARY, basePath);
    }
    return new Route(Kind.OUTSIDE, "");
  }
}

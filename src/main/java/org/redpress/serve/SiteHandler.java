package org.redpress.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Everything but the event stream, behind gzip: the site's files, the search API, the live-reload
 * script and the stats. Runs after {@link PreviewHandler} checked the method and the path.
 */
final class SiteHandler extends Handler.Abstract {

  private final LiveSite site;
  private final StaticResponder files;
  private final SearchApi search;
  private final EventHub hub;
  private final LongSupplier rebuilds;

  SiteHandler(LiveSite site, StaticResponder files, SearchApi search, EventHub hub, LongSupplier rebuilds) {
    this.site = site;
    this.files = files;
    this.search = search;
    this.hub = hub;
    this.rebuilds = rebuilds;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = (String) request.getAttribute(PreviewHandler.PATH);
    SiteSnapshot snapshot = site.snapshot();
    Route route = Route.of(path, snapshot.basePath());
    switch (route.kind()) {
      case SITE -> files.serve(request, response, callback, snapshot, route.target(), path);
      case REDIRECT_PERMANENT -> Responses.redirect(request, response, callback, 301, route.target());
      case REDIRECT_TEMPORARY -> Responses.redirect(request, response, callback, 302, route.target());
      case SEARCH -> search.handle(request, response, callback, snapshot);
      case LIVE_JS -> Responses.bytes(request, response, callback, 200, ContentTypes.JAVASCRIPT, LiveScript.BYTES);
      case STATS -> Responses.json(request, response, callback, 200, stats(snapshot));
      case EVENTS, UNKNOWN_INTERNAL -> Responses.text(request, response, callback, 404, "404 Not Found");
      case OUTSIDE -> files.notFound(request, response, callback, snapshot);
      default -> throw new IllegalStateException(route.toString());
    }
    return true;
  }

  private String stats(SiteSnapshot snapshot) {
    Runtime rt = Runtime.getRuntime();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generation", snapshot.generation());
    m.put("pages", snapshot.pages().map(g -> g.renderer().pageCount()).orElse(0));
    m.put("rebuilds", rebuilds.getAsLong());
    m.put("failing", site.failure().isPresent());
    m.put("eventClients", hub.size());
    m.put("heapUsedBytes", rt.totalMemory() - rt.freeMemory());
    return Json.write(m);
  }
}

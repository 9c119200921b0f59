package org.redpress.serve;

import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler: a {@code Host} that is this computer while listening on loopback
 * ({@link HostCheck}, 403 otherwise), GET and HEAD only (405 otherwise), paths through {@link PathGuard}
 * (400 otherwise), the event stream answered here so that gzip never buffers it, everything
 * else passed on to the gzip handler around {@link SiteHandler}.
 */
final class PreviewHandler extends Handler.Wrapper {

  /** Request attribute holding the checked, decoded path. */
  static final String PATH = "org.redpress.serve.path";

  private final LiveSite site;
  private final EventsEndpoint events;
  private final HostCheck hosts;

  PreviewHandler(LiveSite site, EventsEndpoint events, HostCheck hosts, Handler next) {
    super(next);
    this.site = site;
    this.events = events;
    this.hosts = hosts;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
      Responses.text(request, response, callback, 403, "403 Forbidden: this preview answers only to localhost");
      return true;
    }
    String method = request.getMethod();
    if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      Responses.text(request, response, callback, 405, "405 Method Not Allowed");
      return true;
    }
    Optional<String> path = PathGuard.check(request.getHttpURI());
    if (path.isEmpty()) {
      Responses.text(request, response, callback, 400, "400 Bad Request");
      return true;
    }
    request.setAttribute(PATH, path.get());
    if (Route.of(path.get(), site.snapshot().basePath()).kind() == Route.Kind.EVENTS) {
      return events.handle(request, response, callback);
    }
    return super.handle(request, response, callback);
  }
}

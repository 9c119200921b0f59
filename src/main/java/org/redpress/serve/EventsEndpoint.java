package org.redpress.serve;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code __redpress/events}: opens a {@code text/event-stream} and keeps it in the hub. A new
 * stream first gets a {@code hello} carrying the current generation as its id, the current
 * {@code error} if a rebuild is failing, and, when the browser reconnects with another
 * {@code Last-Event-ID}, a {@code reload} of everything, since it missed what happened meanwhile.
 */
final class EventsEndpoint {

  private final LiveSite site;
  private final EventHub hub;

  EventsEndpoint(LiveSite site, EventHub hub) {
    this.site = site;
    this.hub = hub;
  }

  boolean handle(Request request, Response response, Callback callback) {
    response.setStatus(200);
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    h.put(HttpHeader.CACHE_CONTROL, "no-store");
    h.put("X-Content-Type-Options", "nosniff");
    // Proxies such as nginx would otherwise hold the events back.
    h.put("X-Accel-Buffering", "no");
    if (HttpMethod.HEAD.is(request.getMethod())) {
      response.write(true, ByteBuffer.allocate(0), callback);
      return true;
    }
    SseClient client = new SseClient(response, callback, hub::remove);
    request.addFailureListener(client::fail);
    hub.add(client);
    SiteSnapshot snapshot = site.snapshot();
    long generation = snapshot.generation();
    StringBuilder first = new StringBuilder("retry: 1000\n\n");
    first.append(EventHub.frame("hello", generation, Json.write(Map.of("generation", generation))));
    String last = request.getHeaders().get("Last-Event-ID");
    if (last != null && !last.strip().equals(String.valueOf(generation))) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("generation", generation);
      data.put("all", true);
      data.put("paths", List.of());
      first.append(EventHub.frame("reload", generation, Json.write(data)));
    }
    site.failure().ifPresent(f -> first.append(EventHub.frame("error", generation, f.json())));
    client.send(first.toString());
    return true;
  }
}

package org.redpress.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.URIUtil;
import org.redpress.diagnostics.Messages;

/**
 * Answers for the site's own files from the current snapshot, rendered on the first request of
 * each generation: {@code x/} is {@code x/index.html},
 * {@code x} redirects to {@code x/} when that exists, anything else gets the site's
 * {@code 404.html} with status 404. HTML gets the live-reload script (and the overlay while a
 * rebuild fails); ETag and Last-Modified answer conditional requests with 304. A page whose
 * rendering fails gets status 500 and its errors in the overlay. Directories are never listed:
 * there are none, only the site's paths.
 */
final class StaticResponder {

  private final LiveSite site;
  private final Messages messages;

  StaticResponder(LiveSite site, Messages messages) {
    this.site = site;
    this.messages = messages;
  }

  void serve(Request request, Response response, Callback callback, SiteSnapshot snapshot, String rel,
      String path) {
    if (snapshot.isEmpty()) {
      waiting(request, response, callback, snapshot);
      return;
    }
    String key = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
    Generation.Served served = snapshot.file(key);
    if (!served.errors().isEmpty()) {
      failed(request, response, callback, snapshot, served);
    } else if (served.file().isPresent()) {
      if (key.startsWith("media/")) {
        response.getHeaders().put("Content-Security-Policy", Responses.MEDIA_CSP);
      }
      send(request, response, callback, snapshot, served.file().get(), 200);
    } else if (!key.equals(rel + "index.html") && snapshot.hasPage(rel + "/index.html")) {
      String query = request.getHttpURI().getQuery();
      Responses.redirect(request, response, callback, 301,
          URIUtil.encodePath(path + "/") + (query == null ? "" : "?" + query));
    } else {
      notFound(request, response, callback, snapshot);
    }
  }

  /** The site's 404 page with status 404 (plain text when the site has none). */
  void notFound(Request request, Response response, Callback callback, SiteSnapshot snapshot) {
    Generation.Served page = snapshot.file("404.html");
    if (!page.errors().isEmpty()) {
      failed(request, response, callback, snapshot, page);
    } else if (page.file().isPresent()) {
      send(request, response, callback, snapshot, page.file().get(), 404);
    } else if (snapshot.isEmpty()) {
      waiting(request, response, callback, snapshot);
    } else {
      Responses.text(request, response, callback, 404, "404 Not Found");
    }
  }

  private void send(Request request, Response response, Callback callback, SiteSnapshot snapshot, StaticFile file,
      int status) {
    byte[] body = file.bytes();
    String etag = file.etag();
    if (file.isHtml()) {
      Optional<BuildFailure> failure = site.failure();
      body = HtmlInjection.inject(body, snapshot.basePath(), failure);
      // The same file reads differently while the overlay is in it: give it its own validator.
      etag = failure.map(f -> file.etag().substring(0, file.etag().length() - 1) + "-e" + f.id() + "\"")
          .orElse(etag);
    }
    if (status == 200 && Conditional.notModified(request, etag, file.lastModified())) {
      response.getHeaders().putDate(HttpHeader.LAST_MODIFIED, file.lastModified());
      Responses.notModified(response, callback, etag);
      return;
    }
    if (status == 200) {
      response.getHeaders().put(HttpHeader.ETAG, etag);
      response.getHeaders().putDate(HttpHeader.LAST_MODIFIED, file.lastModified());
    }
    Responses.bytes(request, response, callback, status, file.contentType(), body);
  }

  /**
   * A file whose rendering failed (a template error on a page no rebuild had rendered): 500 and
   * the errors, on a page that reloads itself with the next build.
   */
  private void failed(Request request, Response response, Callback callback, SiteSnapshot snapshot,
      Generation.Served served) {
    BuildFailure failure = BuildFailure.of(snapshot.generation(), served.errors(), messages);
    Responses.bytes(request, response, callback, 500, ContentTypes.HTML,
        Overlay.waitingPage(failure.title(), Optional.of(failure), snapshot.basePath())
            .getBytes(StandardCharsets.UTF_8));
  }

  /** Before the first good build: 503 and a page that reloads itself once there is one. */
  private void waiting(Request request, Response response, Callback callback, SiteSnapshot snapshot) {
    Optional<BuildFailure> failure = site.failure();
    String title = failure.map(BuildFailure::title).orElse(messages.format("serve.building"));
    response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    Responses.bytes(request, response, callback, 503, ContentTypes.HTML,
        Overlay.waitingPage(title, failure, snapshot.basePath()).getBytes(StandardCharsets.UTF_8));
  }
}

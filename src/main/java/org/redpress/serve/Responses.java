package org.redpress.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Small complete responses: bytes with a type, plain text, JSON, redirects; HEAD gets headers only. */
final class Responses {

  /** The preview's pages already carry a stricter CSP in a meta tag; this covers every other response. */
  static final String CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  /**
   * For files under {@code media/}: a sandbox (a unique origin, no script), so an attachment opened
   * directly can never act as the site, whatever it holds.
   */
  static final String MEDIA_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

  private Responses() {}

  /** Headers every response gets: no sniffing, the CSP (unless a stricter one is set), and (unless set) revalidation on every use. */
  static void common(Response response) {
    HttpFields.Mutable h = response.getHeaders();
    h.put("X-Content-Type-Options", "nosniff");
    if (!h.contains("Content-Security-Policy")) {
      h.put("Content-Security-Policy", CSP);
    }
    if (!h.contains(HttpHeader.CACHE_CONTROL)) {
      h.put(HttpHeader.CACHE_CONTROL, "no-cache");
    }
  }

  static void bytes(Request request, Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    common(response);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, String.valueOf(body.length));
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body).asReadOnlyBuffer(), callback);
  }

  static void text(Request request, Response response, Callback callback, int status, String text) {
    bytes(request, response, callback, status, ContentTypes.TEXT, (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static void json(Request request, Response response, Callback callback, int status, String json) {
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    bytes(request, response, callback, status, ContentTypes.JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  /** A redirect to a site-absolute path; browsers resolve it against the request's origin. */
  static void redirect(Request request, Response response, Callback callback, int status, String location) {
    response.getHeaders().put(HttpHeader.LOCATION, location);
    text(request, response, callback, status, location);
  }

  static void notModified(Response response, Callback callback, String etag) {
    response.setStatus(304);
    common(response);
    response.getHeaders().put(HttpHeader.ETAG, etag);
    response.write(true, ByteBuffer.allocate(0), callback);
  }
}

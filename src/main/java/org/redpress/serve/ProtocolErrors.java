package org.redpress.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.redpress.diagnostics.Messages;

/**
 * Answers what Jetty refuses before any route sees the request (a request line or headers over
 * the limit, a malformed request) in the search API's error shape, {@code {"error", "status"}}:
 * the path of such a request is unknown, so a client of {@code /api/search} whose query is too
 * long for the request line still gets JSON it can read, never an HTML page or a stack trace.
 */
final class ProtocolErrors extends ErrorHandler {

  private final Messages messages;

  ProtocolErrors(Messages messages) {
    this.messages = messages;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", messages.format(key(status)));
    body.put("status", status);
    Responses.json(request, response, callback, status, Json.write(body));
    return true;
  }

  private static String key(int status) {
    return switch (status) {
      case 414 -> "serve.error.uri-long";
      case 431 -> "serve.error.headers-long";
      default -> status < 500 ? "serve.error.bad-request" : "serve.error.internal";
    };
  }
}

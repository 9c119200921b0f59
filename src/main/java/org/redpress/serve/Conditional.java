package org.redpress.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/** HTTP conditional GET (RFC 9110 §13): If-None-Match first, If-Modified-Since only without it. */
final class Conditional {

  private Conditional() {}

  static boolean notModified(Request request, String etag, long lastModified) {
    String inm = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
    if (inm != null) {
      for (String candidate : inm.split(",")) {
        String tag = candidate.strip();
        // GET uses the weak comparison: W/"x" matches "x".
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.equals("*") || tag.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    long since = request.getHeaders().getDateField(HttpHeader.IF_MODIFIED_SINCE);
    return since >= 0 && lastModified <= since;
  }
}

package org.redpress.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.MimeTypes;

/**
 * The Content-Type of a site file: Jetty's {@link MimeTypes} table by extension, UTF-8 declared on
 * text types (the build writes nothing else), and Atom told from other XML by its root element.
 */
final class ContentTypes {

  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json";
  static final String JAVASCRIPT = "text/javascript; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String XML = "application/xml";
  static final String OCTETS = "application/octet-stream";

  /** Extensions the site may hold that Jetty's table lacks. */
  private static final Map<String, String> MISSING_FROM_JETTY = Map.of(
      "map", JSON,
      "webmanifest", "application/manifest+json",
      "atom", ATOM,
      "md", "text/markdown",
      "webm", "video/webm",
      // An activity's .ics and the whole calendar: phones import or subscribe only to text/calendar.
      "ics", "text/calendar",
      // Office files a material may attach: Jetty knows .doc but not their XML successors.
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

  private ContentTypes() {}

  /** The type to send for {@code path} with {@code bytes}; unknown extensions are plain octets. */
  static String of(String path, byte[] bytes) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = MISSING_FROM_JETTY.get(ext);
    if (type == null) {
      type = ext.isEmpty() ? null : MimeTypes.DEFAULTS.getMimeForExtension(ext);
    }
    if (type == null) {
      return OCTETS;
    }
    if (type.startsWith("text/") && !type.contains(";")) {
      // Jetty assumes ISO-8859-1 for text/plain; every text file the build writes is UTF-8.
      type += "; charset=utf-8";
    }
    // feed.xml and sitemap.xml share an extension; the root element tells them apart.
    return type.equals(XML) && isAtom(bytes) ? ATOM : type;
  }

  static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html");
  }

  private static boolean isAtom(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8);
    return head.contains("<feed");
  }
}

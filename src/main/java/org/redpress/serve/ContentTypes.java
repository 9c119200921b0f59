package org.redpress.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The Content-Type of a site file, from its extension (and, for XML, whether it is an Atom feed). */
final class ContentTypes {

  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json";
  static final String JAVASCRIPT = "text/javascript; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String XML = "application/xml";
  static final String OCTETS = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", HTML),
      Map.entry("htm", HTML),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", JAVASCRIPT),
      Map.entry("mjs", JAVASCRIPT),
      Map.entry("json", JSON),
      Map.entry("map", JSON),
      Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("xml", XML),
      Map.entry("atom", ATOM),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("txt", TEXT),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("md", "text/markdown; charset=utf-8"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/vnd.microsoft.icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("webm", "video/webm"),
      Map.entry("wasm", "application/wasm"),
      Map.entry("bin", OCTETS));

  private ContentTypes() {}

  /** The type to send for {@code path} with {@code bytes}; unknown extensions are plain octets. */
  static String of(String path, byte[] bytes) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = BY_EXTENSION.getOrDefault(ext, OCTETS);
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

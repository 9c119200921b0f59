package org.redpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * What may be published from {@code content/media/}: a file opened directly from the site runs in
 * its origin, so nothing there may carry script. HTML, JavaScript, XML and the like are refused
 * (a PDF carries a document safely); an SVG is published only when it is a plain picture: no
 * script, event handler, {@code foreignObject}, embedded document, DTD or reference to anything
 * outside itself. The error names the file and the line, and says how to fix it.
 */
final class MediaCheck {

  /** Types a browser would run as a page or a script in the site's origin. */
  private static final Set<String> ACTIVE = Set.of(
      "html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "js", "mjs", "cjs", "wasm", "xml", "xsl", "xslt",
      "svgz", "swf", "jar", "hta", "php", "asp", "aspx", "jsp", "appcache", "manifest");

  /** SVG elements that run or embed content, whatever their attributes. */
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio", "video");

  /** An SVG larger than this is not a picture an editor drew: refused before parsing. */
  static final long MAX_SVG_BYTES = 2L * 1024 * 1024;

  private final Diagnostics diagnostics;

  MediaCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports what is wrong with {@code file} (shown as {@code shown}); true when it may be published. */
  boolean check(Path file, String shown) {
    String extension = extension(file.getFileName().toString());
    if (ACTIVE.contains(extension)) {
      diagnostics.error("E-MEDIA-ACTIVE", SourcePosition.startOf(shown), extension);
      return false;
    }
    if (!extension.equals("svg")) {
      return true;
    }
    try {
      if (Files.size(file) > MAX_SVG_BYTES) {
        diagnostics.error("E-MEDIA-SVG-LARGE", SourcePosition.startOf(shown), MAX_SVG_BYTES / 1024 / 1024);
        return false;
      }
      return checkSvg(Files.readString(file, StandardCharsets.UTF_8), shown);
    } catch (IOException | RuntimeException e) {
      diagnostics.error("E-MEDIA-SVG-UNREADABLE", SourcePosition.startOf(shown));
      return false;
    }
  }

  private boolean checkSvg(String text, String shown) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("<!doctype") || lower.contains("<!entity")) {
      String needle = lower.contains("<!entity") ? "<!entity" : "<!doctype";
      return refuse(shown, text, needle, needle.equals("<!entity") ? "<!ENTITY" : "<!DOCTYPE");
    }
    Parser parser = Parser.xmlParser().setTrackPosition(true);
    Document doc = parser.parseInput(text, "");
    for (Element el : doc.getAllElements()) {
      String name = el.normalName();
      String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
      if (FORBIDDEN_ELEMENTS.contains(local)) {
        return refuse(shown, el, "<" + el.tagName() + ">");
      }
      for (Attribute a : el.attributes()) {
        Optional<String> problem = attributeProblem(local, a);
        if (problem.isPresent()) {
          return refuse(shown, el, problem.get());
        }
      }
      if (local.equals("style") && !onlyLocal(el.data() + el.text())) {
        return refuse(shown, el, "<" + el.tagName() + "> @import / url(…)");
      }
    }
    return true;
  }

  /** The offending attribute as written ({@code onload="…"}), or empty when it is harmless. */
  private static Optional<String> attributeProblem(String element, Attribute a) {
    String key = a.getKey().toLowerCase(Locale.ROOT);
    String value = a.getValue().strip().toLowerCase(Locale.ROOT);
    boolean external = (key.equals("href") || key.endsWith(":href") || key.equals("src")) && !value.startsWith("#");
    boolean changesLink = (element.equals("set") || element.equals("animate")) && key.equals("attributename")
        && value.contains("href");
    if (key.startsWith("on") || external || changesLink || key.equals("style") && !onlyLocal(value)) {
      String shown = a.getValue().length() > 60 ? a.getValue().substring(0, 60) + "…" : a.getValue();
      return Optional.of(a.getKey() + "=\"" + shown + "\"");
    }
    return Optional.empty();
  }

  /** CSS that refers to nothing but fragments of the same picture: url(#id) only, no @import. */
  private static boolean onlyLocal(String css) {
    String lower = css.toLowerCase(Locale.ROOT);
    if (lower.contains("@import") || lower.contains("expression(")) {
      return false;
    }
    int at = lower.indexOf("url(");
    while (at >= 0) {
      String rest = lower.substring(at + 4).stripLeading();
      if (!(rest.startsWith("#") || rest.startsWith("'#") || rest.startsWith("\"#"))) {
        return false;
      }
      at = lower.indexOf("url(", at + 4);
    }
    return true;
  }

  /** Reports {@code what} (the construct as written) at {@code el}'s position. */
  private boolean refuse(String shown, Element el, String what) {
    var range = el.sourceRange();
    int line = range.isTracked() ? range.start().lineNumber() : 1;
    int column = range.isTracked() ? range.start().columnNumber() : 1;
    diagnostics.error("E-MEDIA-SVG", new SourcePosition(shown, line, column), what);
    return false;
  }

  private boolean refuse(String shown, String text, String needle, String what) {
    int offset = text.toLowerCase(Locale.ROOT).indexOf(needle);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    diagnostics.error("E-MEDIA-SVG", new SourcePosition(shown, line, offset - lineStart + 1), what);
    return false;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

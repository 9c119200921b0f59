package org.redpress.serve;

/**
 * The error overlay as HTML, put into pages by the server while a rebuild fails; every text is
 * escaped. {@code live.js} styles it and swaps it for a fresh one on each {@code error} event.
 */
final class Overlay {

  static final String ID = "redpress-overlay";

  private Overlay() {}

  static String html(BuildFailure failure) {
    StringBuilder s = new StringBuilder();
    s.append("<aside id=\"").append(ID).append("\" role=\"alert\" data-failure=\"").append(failure.id())
        .append("\"><h2>").append(escape(failure.title())).append("</h2><ol>");
    for (BuildFailure.Line line : failure.lines()) {
      s.append("<li><code>").append(escape(line.location())).append("</code> ")
          .append(escape(line.severity())).append(' ').append(escape(line.code())).append(' ')
          .append(escape(line.message())).append("</li>");
    }
    return s.append("</ol></aside>").toString();
  }

  /**
   * The page served while no build has succeeded yet: a title, the overlay when the build failed,
   * and the script, which reloads it as soon as a build succeeds.
   */
  static String waitingPage(String title, java.util.Optional<BuildFailure> failure, String basePath) {
    return "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"redpress-waiting\" content=\"1\"><title>" + escape(title) + "</title></head>"
        + "<body><h1>" + escape(title) + "</h1>" + failure.map(Overlay::html).orElse("")
        + HtmlInjection.script(basePath) + "</body></html>\n";
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}

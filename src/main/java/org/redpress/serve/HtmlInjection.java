package org.redpress.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the server adds to HTML responses (never to the files in {@code site/}): the live-reload
 * script before {@code </body>} and, while a rebuild fails, the error overlay.
 */
final class HtmlInjection {

  static final String SCRIPT_PATH = "__redpress/live.js";

  private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

  private HtmlInjection() {}

  /** {@code html} with the overlay (if any) and the script inserted before its last {@code </body>}. */
  static byte[] inject(byte[] html, String basePath, Optional<BuildFailure> failure) {
    byte[] snippet = (failure.map(Overlay::html).orElse("") + script(basePath)).getBytes(StandardCharsets.UTF_8);
    int at = lastBodyEnd(html);
    byte[] out = new byte[html.length + snippet.length];
    System.arraycopy(html, 0, out, 0, at);
    System.arraycopy(snippet, 0, out, at, snippet.length);
    System.arraycopy(html, at, out, at + snippet.length, html.length - at);
    return out;
  }

  static String script(String basePath) {
    return "<script src=\"" + Overlay.escape(basePath + SCRIPT_PATH) + "\" defer></script>";
  }

  /**
   * Where {@code </body>} starts, any letter case; the end of the document when there is none.
   * Searching bytes is safe: in UTF-8 no ASCII byte occurs inside a multi-byte character.
   */
  static int lastBodyEnd(byte[] html) {
    outer:
    for (int i = html.length - BODY_END.length; i >= 0; i--) {
      for (int j = 0; j < BODY_END.length; j++) {
        if (Character.toLowerCase(html[i + j]) != BODY_END[j]) {
          continue outer;
        }
      }
      return i;
    }
    return html.length;
  }
}

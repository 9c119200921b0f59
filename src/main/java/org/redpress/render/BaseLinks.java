package org.redpress.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redpress.markdown.SafeHtml;

/**
 * Prefixes the base path to root-relative links in a sanitised body, so an editor's
 * {@code [关于](/guanyu/)} still works when the site lives under {@code /alliance/}.
 */
final class BaseLinks {

  private BaseLinks() {}

  static SafeHtml rebase(SafeHtml html, String basePath) {
    if (basePath.equals("/") || !(html.html().contains("=\"/") || html.html().contains("='/"))) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html.html());
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element el : doc.body().select("[href], [src]")) {
      for (String attr : new String[] {"href", "src"}) {
        String value = el.attr(attr);
        // "//host/x" is protocol-relative (another site): leave it alone.
        if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith(basePath)) {
          el.attr(attr, basePath + value.substring(1));
          changed = true;
        }
      }
    }
    // Only attribute values the sanitiser already allowed are changed, and only by prefixing a
    // path, so the result is as safe as the input; that is why re-wrapping it is acceptable here.
    return changed ? new SafeHtml(doc.body().html()) : html;
  }
}

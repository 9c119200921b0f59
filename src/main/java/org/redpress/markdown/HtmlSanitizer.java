package org.redpress.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Cleans flexmark's HTML output, raw HTML from editors included, with a jsoup {@link Safelist}
 * and {@link UrlPolicy}, and says in short English notes what it removed. Thread-safe.
 */
final class HtmlSanitizer {

  /** Elements whose content is code or foreign markup: removed whole, not unwrapped to text. */
  private static final Set<String> DROP_WITH_CONTENT =
      Set.of(
          "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
          "noscript", "noembed", "noframes", "template", "svg", "math", "base", "link", "meta",
          "title");

  /** Classes flexmark emits (footnotes, anchor links, TOC, fenced code); others are dropped. */
  private static final Pattern SAFE_CLASS =
      Pattern.compile(
          "footnotes|footnote-ref|footnote-backref|anchor|toc|language-[A-Za-z0-9_+#.-]{1,40}");

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  // Selectors parsed once: jsoup parses a query string again on every select().
  private static final Evaluator DROPPED = Selector.evaluatorOf(String.join(",", DROP_WITH_CONTENT));
  private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
  private static final Evaluator IMAGES = Selector.evaluatorOf("img[src]");

  private final UrlPolicy urls;
  private final Safelist safelist = safelist();

  HtmlSanitizer(UrlPolicy urls) {
    this.urls = urls;
  }

  /** The cleaned fragment as a jsoup body, still editable, and the notes of what went. */
  record Cleaned(Element body, List<String> removed) {}

  Cleaned clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html);
    Set<String> removed = new LinkedHashSet<>();
    dropWithContent(dirty.body(), removed);
    checkUrls(dirty.body(), removed);
    noteUnsafe(dirty.body(), removed);

    Document clean = new Cleaner(safelist).clean(dirty);
    // No pretty printing: it would re-indent <pre> neighbours and change the bytes of a page.
    clean.outputSettings().prettyPrint(false);
    for (Element link : clean.body().select(LINKS)) {
      if (urls.isExternal(link.attr("href"))) {
        link.attr("rel", "noopener");
      }
    }
    return new Cleaned(clean.body(), List.copyOf(removed));
  }

  /**
   * Based on jsoup's relaxed(): its tags plus del, s, ins, mark, kbd, samp, abbr, figure,
   * figcaption, details and summary. No cite URLs and no protocol lists: UrlPolicy checks href and
   * src, and keeps the relative links jsoup drops when it has no base URI. Ids and classes only
   * where flexmark's headings, footnotes and TOC put them.
   */
  private static Safelist safelist() {
    Safelist s =
        new Safelist()
            .addTags(
                "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
                "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "hr", "i",
                "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small",
                "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
                "tfoot", "th", "thead", "tr", "u", "ul")
            .addTags(HEADINGS)
            // rel is set on external links below; allowing it keeps the output a fixed point.
            .addAttributes("a", "href", "title", "class", "rel")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("abbr", "title")
            .addAttributes("sup", "id")
            .addAttributes("li", "id")
            .addAttributes("div", "class")
            .addAttributes("ul", "class")
            .addAttributes("ol", "start")
            .addAttributes("code", "class")
            .addAttributes("th", "align", "colspan", "rowspan")
            .addAttributes("td", "align", "colspan", "rowspan")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("details", "open");
    for (String heading : HEADINGS) {
      s.addAttributes(heading, "id");
    }
    return s;
  }

  private static void dropWithContent(Element body, Set<String> removed) {
    for (Element el : body.select(DROPPED)) {
      removed.add("<" + el.normalName() + "> element");
      el.remove();
    }
  }

  /** Unwraps links to text and replaces images by their alt text when the URL is refused. */
  private void checkUrls(Element body, Set<String> removed) {
    for (Element link : body.select(LINKS)) {
      String href = link.attr("href");
      if (!urls.isAllowed(href)) {
        removed.add(UrlPolicy.refusalReason(href) + " link");
        link.unwrap();
      }
    }
    for (Element img : body.select(IMAGES)) {
      String src = img.attr("src");
      if (!urls.isAllowed(src)) {
        removed.add(UrlPolicy.refusalReason(src) + " image");
        img.replaceWith(new TextNode(img.attr("alt")));
      }
    }
  }

  /** Notes the elements and attributes the Cleaner is about to drop, and filters classes. */
  private void noteUnsafe(Element body, Set<String> removed) {
    for (Element el : body.getAllElements()) {
      if (el == body) {
        continue;
      }
      String tag = el.normalName();
      if (!safelist.isSafeTag(tag)) {
        removed.add("<" + tag + "> element");
        continue;
      }
      List<String> unsafe = new ArrayList<>();
      for (Attribute attr : el.attributes()) {
        if (!safelist.isSafeAttribute(tag, el, attr)) {
          unsafe.add(attr.getKey());
        }
      }
      for (String key : unsafe) {
        removed.add(key + " attribute");
        el.removeAttr(key);
      }
      if (el.hasAttr("class")) {
        filterClasses(el, removed);
      }
    }
  }

  private static void filterClasses(Element el, Set<String> removed) {
    Set<String> kept = new LinkedHashSet<>();
    for (String name : el.classNames()) {
      if (SAFE_CLASS.matcher(name).matches()) {
        kept.add(name);
      } else {
        removed.add("\"" + name + "\" class");
      }
    }
    if (kept.isEmpty()) {
      el.removeAttr("class");
    } else {
      el.classNames(kept);
    }
  }
}

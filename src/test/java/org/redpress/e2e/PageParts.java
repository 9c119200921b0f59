package org.redpress.e2e;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * One built HTML page split into the layout it shares with every other page and the parts it
 * adds: the runs of {@code <head>} elements not shared by all pages, the body class, the current
 * main-nav link, the breadcrumbs and the {@code <main>} element.
 *
 * <p>The split cuts exact character ranges (jsoup's source positions), so it loses nothing:
 * {@link #page()} puts the page back together, and {@link #split} refuses a page it cannot put
 * back. Two different pages therefore never split into the same layout and parts, which is why
 * comparing the two with golden files still catches any changed character.
 */
final class PageParts {

  /** Stands for a part in the layout text; a page containing it could not be split unambiguously. */
  static final String MARK = "<!--page:";
  private static final Pattern MARKER = Pattern.compile(Pattern.quote(MARK) + "([^>]*)-->(\n?)");
  private static final String BODY_CLASS = "body class";
  private static final String NAV_CURRENT = "nav current";

  /**
   * A cut-out part. {@code offset} is where it goes back into the layout text; a whole element
   * ({@code block}) takes the line break after it along, so an optional element leaves no empty line.
   * {@code shown} is the text written to the golden file, which for the nav link is the whole start
   * tag so that a reader sees which link is current.
   */
  record Part(String name, int offset, String text, boolean block, boolean inLayout, String shown) {}

  private record Cut(String name, int start, int end, boolean block, boolean inLayout, String shown) {}

  private final String layout;
  private final List<Part> parts;

  private PageParts(String layout, List<Part> parts) {
    this.layout = layout;
    this.parts = parts;
  }

  /**
   * Splits {@code html}. A {@code <head>} element whose exact source is in {@code sharedHead}
   * belongs to the layout; every other one belongs to the page.
   */
  static PageParts split(String html, Set<String> sharedHead) {
    if (html.contains(MARK)) {
      throw new IllegalArgumentException("page contains the layout marker " + MARK);
    }
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    List<Cut> cuts = new ArrayList<>();
    List<Element> run = new ArrayList<>();
    for (Element e : doc.head().children()) {
      if (sharedHead.contains(source(html, e))) {
        addHeadRun(html, run, cuts);
        run.clear();
      } else {
        run.add(e);
      }
    }
    addHeadRun(html, run, cuts);

    Range.AttributeRange bodyClass = doc.body().attributes().sourceRange("class");
    if (bodyClass.valueRange().isTracked()) {
      cuts.add(new Cut(BODY_CLASS, bodyClass.valueRange().startPos(), bodyClass.valueRange().endPos(),
          false, true, null));
    }
    for (Element link : doc.select("nav.main-nav a[aria-current]")) {
      Range.AttributeRange current = link.attributes().sourceRange("aria-current");
      int start = current.nameRange().startPos();
      while (start > 0 && Character.isWhitespace(html.charAt(start - 1))) {
        start--;
      }
      int end = current.valueRange().endPos();
      if (end < html.length() && (html.charAt(end) == '"' || html.charAt(end) == '\'')) {
        end++;
      }
      // Not in the layout: which link is current differs from page to page.
      cuts.add(new Cut(NAV_CURRENT, start, end, false, false, source(html, link)));
    }
    for (Element crumbs : doc.select("nav.crumbs")) {
      cuts.add(blockCut("crumbs", html, crumbs, crumbs));
    }
    for (Element main : doc.select("main")) {
      cuts.add(blockCut("main", html, main, main));
    }

    cuts.sort(Comparator.comparingInt(Cut::start));
    StringBuilder layout = new StringBuilder();
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (Cut c : cuts) {
      if (c.start() < at) {
        throw new IllegalStateException("overlapping parts at " + c.name());
      }
      layout.append(html, at, c.start());
      String text = html.substring(c.start(), c.end());
      parts.add(new Part(c.name(), layout.length(), text, c.block(), c.inLayout(),
          c.shown() == null ? text : c.shown()));
      at = c.end();
    }
    layout.append(html, at, html.length());

    PageParts split = new PageParts(layout.toString(), List.copyOf(parts));
    if (!split.page().equals(html)) {
      throw new IllegalStateException("the page does not split into layout and parts without loss");
    }
    return split;
  }

  /** The exact source of each element in the {@code <head>} of {@code html}, in order. */
  static List<String> headElements(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    return doc.head().children().stream().map(e -> source(html, e)).toList();
  }

  /** Puts the page back together from its layout and parts. */
  String page() {
    StringBuilder page = new StringBuilder();
    int at = 0;
    for (Part p : parts) {
      page.append(layout, at, p.offset()).append(p.text());
      at = p.offset();
    }
    return page.append(layout, at, layout.length()).toString();
  }

  /** The parts this page adds. */
  List<Part> parts() {
    return parts;
  }

  /** The layout text with nothing in it but this page's shared frame. */
  String bareLayout() {
    return layout;
  }

  /**
   * The layout with a marker where each of {@code parts} goes; parts of other pages may be
   * passed too (every one must sit at the same offset in this layout).
   */
  String layout(List<Part> markers) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (Part p : markers.stream().filter(Part::inLayout).sorted(Comparator.comparingInt(Part::offset)).toList()) {
      text.append(layout, at, p.offset()).append(marker(p));
      at = p.offset();
    }
    return text.append(layout, at, layout.length()).toString();
  }

  /** This page's layout with the markers of its own parts. */
  String layout() {
    return layout(parts);
  }

  /** The golden text of the parts: a {@code == name} line, then the part as it is in the page. */
  String partsText() {
    StringBuilder text = new StringBuilder();
    for (Part p : parts) {
      text.append("== ").append(p.name()).append('\n').append(p.shown()).append('\n');
    }
    return text.toString();
  }

  /** {@code layout} (a layout file's text) without the markers of parts {@code names} lacks. */
  static String keepMarkers(String layout, Set<String> names) {
    Matcher m = MARKER.matcher(layout);
    StringBuilder kept = new StringBuilder();
    while (m.find()) {
      // Only a block marker's line break is the marker's own; after an attribute marker it is layout.
      String dropped = m.group(1).equals(BODY_CLASS) ? m.group(2) : "";
      m.appendReplacement(kept, Matcher.quoteReplacement(names.contains(m.group(1)) ? m.group() : dropped));
    }
    return m.appendTail(kept).toString();
  }

  private static String marker(Part p) {
    return MARK + p.name() + "-->" + (p.block() ? "\n" : "");
  }

  private static void addHeadRun(String html, List<Element> run, List<Cut> cuts) {
    if (!run.isEmpty()) {
      Element first = run.get(0);
      String key = first.hasAttr("property") ? first.attr("property")
          : first.hasAttr("name") ? first.attr("name")
          : first.hasAttr("rel") ? first.attr("rel")
          : "";
      cuts.add(blockCut(("head " + first.tagName() + " " + key).strip(), html, first, run.get(run.size() - 1)));
    }
  }

  private static Cut blockCut(String name, String html, Element first, Element last) {
    int start = first.sourceRange().startPos();
    int end = end(last);
    if (end < html.length() && html.charAt(end) == '\n') {
      end++;
    }
    return new Cut(name, start, end, true, true, null);
  }

  private static String source(String html, Element e) {
    return html.substring(e.sourceRange().startPos(), end(e));
  }

  private static int end(Element e) {
    Range end = e.endSourceRange();
    return end.isTracked() ? Math.max(end.endPos(), e.sourceRange().endPos()) : e.sourceRange().endPos();
  }
}

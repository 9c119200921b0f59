package org.redpress.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.redpress.markdown.RenderedMarkdown.Heading;

/**
 * Markdown to {@link SafeHtml} with tables, strikethrough, autolinks, heading anchors, {@code
 * [TOC]} and footnotes, and without the stray space a line break puts inside Chinese text. Make
 * one per build; {@link #render} is thread-safe.
 *
 * <p>Raw HTML is allowed through flexmark and then sanitised rather than escaped, so editors can
 * use {@code <details>} or {@code <figure>}. The attribute-syntax extension is deliberately off:
 * {@code {onclick=x}} stays text.
 */
public final class MarkdownRenderer {

  // Selectors parsed once: jsoup parses a query string again on every select().
  private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
  private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");

  /** Package-visible so a test can compare with flexmark's stock inline parser. */
  static final DataHolder OPTIONS =
      new MutableDataSet()
          .set(
              Parser.EXTENSIONS,
              List.of(
                  TablesExtension.create(),
                  StrikethroughExtension.create(),
                  new BareLinks(),
                  AnchorLinkExtension.create(),
                  TocExtension.create(),
                  FootnoteExtension.create(),
                  new CjkSoftBreaks()))
          // flexmark's javascript: filter misses entity-encoded URLs (flexmark#672) and hides the
          // link silently; let every URL through to the sanitiser, which checks and reports it.
          .set(HtmlRenderer.SUPPRESSED_LINKS, "")
          // The heading carries the id; the default also puts it on the inner <a>, twice per page.
          .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
          .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
          .set(TocExtension.LIST_CLASS, "toc")
          // It looks for attribute nodes among the children of every node it renders; for the
          // footnote list (rendered on the document) that is every block: quadratic in footnotes.
          // We parse no {attributes}, so it has nothing to find.
          .set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false)
          .toImmutable();

  private final Parser parser =
      Parser.builder(OPTIONS)
          .customInlineParserFactory(LinearInlineParser::new)
          // flexmark adds its reference-definition step only for its own inline parser.
          .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
          .build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder(OPTIONS).htmlIdGeneratorFactory(new HeadingIds.Factory()).build();
  private final HtmlSanitizer sanitizer = new HtmlSanitizer(new UrlPolicy());

  /** Renders and sanitises one body; never throws on odd input, never returns unsafe HTML. */
  public RenderedMarkdown render(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    Flexmark raw = flexmark(markdown);
    if (raw.html() == null) {
      SafeHtml pre = new SafeHtml("<pre>" + Entities.escape(markdown) + "</pre>");
      return new RenderedMarkdown(
          pre, CjkText.plainText(pre), List.of(), List.of(raw.refusal() + "; shown as plain text"));
    }
    HtmlSanitizer.Cleaned cleaned = sanitizer.clean(raw.html());
    List<Heading> headings = headings(cleaned.body());
    SafeHtml html = new SafeHtml(cleaned.body().html());
    // The text from the same tree, once the HTML is written: parsing that HTML again cost 1% of a build.
    return new RenderedMarkdown(html, CjkText.plainText(cleaned.body()), headings, cleaned.removed());
  }

  /** flexmark's output before sanitising, or why the input was refused; html is then null. */
  record Flexmark(String html, String refusal) {}

  /** Package-visible so tests can compare flexmark's output with the sanitised one. */
  Flexmark flexmark(String markdown) {
    Optional<String> refusal = InputGuard.checkSource(markdown);
    if (refusal.isPresent()) {
      return new Flexmark(null, refusal.get());
    }
    try {
      Document document = parser.parse(markdown);
      refusal = InputGuard.checkTree(document);
      return refusal.isPresent()
          ? new Flexmark(null, refusal.get())
          : new Flexmark(renderer.render(document), null);
    } catch (StackOverflowError e) {
      // Last resort for nesting the guard did not foresee: the stack has unwound, and parser and
      // renderer keep no state between calls, so carrying on is safe.
      return new Flexmark(null, "Markdown too deeply nested to render");
    }
  }

  /** Lists the headings, giving an id to raw-HTML headings that came without one. */
  private static List<Heading> headings(Element body) {
    HeadingIds ids = new HeadingIds();
    body.select(WITH_ID).forEach(el -> ids.reserve(el.id()));
    List<Heading> headings = new ArrayList<>();
    for (Element h : body.select(HEADINGS)) {
      if (h.id().isEmpty()) {
        h.id(ids.unique(HeadingIds.slug(h.text())));
      }
      headings.add(new Heading(h.normalName().charAt(1) - '0', h.id(), h.text()));
    }
    return headings;
  }
}

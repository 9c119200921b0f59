package org.redpress.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading ids for one document: Han characters kept ("一、支部建设" -> "一支部建设"), never empty,
 * unique within the page.
 *
 * <p>Replaces flexmark's {@code HeaderIdGenerator}, which already keeps Han characters but gives a
 * punctuation-only heading no id (the anchor link becomes {@code href="#"}), can collide ("a" twice
 * gives "a-1", clashing with a heading "a 1"), drops supplementary-plane ideographs, and keeps
 * doubled dashes ("Plan & Go" -> "plan--go"). Not thread-safe: the factory makes one per render.
 */
final class HeadingIds implements HtmlIdGenerator {

  /** What a heading without a single letter or digit is called. */
  static final String FALLBACK_ID = "section";

  /** Footnote ids flexmark emits; a heading must not take them. */
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+");

  private final Set<String> used = new HashSet<>();

  /** The suffix last tried for each base, so n equal headings cost n steps, not n². */
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  /** Makes a fresh generator per render, as flexmark asks. */
  static final class Factory implements HeaderIdGeneratorFactory {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
      return new HeadingIds();
    }

    @Override
    public HtmlIdGenerator create() {
      return new HeadingIds();
    }
  }

  @Override
  public void generateIds(Document document) {
    generateIds(document, null);
  }

  @Override
  public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
    used.clear();
    nextSuffix.clear();
    new AnchorRefTargetBlockVisitor() {
      @Override
      protected boolean preVisit(Node node) {
        return preVisitor == null || preVisitor.preVisit(node, this);
      }

      @Override
      protected void visit(AnchorRefTarget target) {
        if (target.getAnchorRefId().isEmpty()) {
          target.setAnchorRefId(unique(slug(target.getAnchorRefText())));
        } else {
          used.add(target.getAnchorRefId());
        }
      }
    }.visit(document);
  }

  @Override
  public String getId(Node node) {
    return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
  }

  @Override
  public String getId(CharSequence text) {
    return unique(slug(text.toString()));
  }

  /** Claims {@code base}, or the first free "base-N", and returns it. */
  String unique(String base) {
    // Ids are only ever added, so every suffix below the last one tried is still taken.
    int n = nextSuffix.getOrDefault(base, 0);
    String id = n == 0 ? base : base + "-" + n;
    while (used.contains(id) || FOOTNOTE_ID.matcher(id).matches()) {
      n++;
      id = base + "-" + n;
    }
    nextSuffix.put(base, n);
    used.add(id);
    return id;
  }

  /** Marks an id that is already in the page, so {@link #unique} avoids it. */
  void reserve(String id) {
    used.add(id);
  }

  /**
   * Letters (any script) and digits lower-cased, whitespace, '-' and '_' as single dashes,
   * everything else (punctuation such as 、and ！, emoji) dropped; {@value #FALLBACK_ID} if
   * nothing is left.
   */
  static String slug(String text) {
    StringBuilder id = new StringBuilder(text.length());
    boolean pendingDash = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingDash && id.length() > 0) {
          id.append('-');
        }
        pendingDash = false;
        id.appendCodePoint(Character.toLowerCase(cp));
      } else if (Character.isWhitespace(cp) || cp == '-' || cp == '_') {
        pendingDash = true;
      }
    }
    return id.length() == 0 ? FALLBACK_ID : id.toString();
  }
}

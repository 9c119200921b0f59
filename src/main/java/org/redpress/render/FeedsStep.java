package org.redpress.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.model.Urls;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * Atom 1.0 feeds of the newest dated records through {@code templates/feed.ftlx}: {@code feed.xml}
 * for the whole site and one per dated type. Every date comes from the records, never from the
 * clock, so builds repeat exactly.
 */
final class FeedsStep implements OutputStep {

  /** The template every feed is rendered with; its root variable is {@code feed}. */
  static final String TEMPLATE = "feed.ftlx";

  private final BuildState state;

  FeedsStep(BuildState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return "feeds";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    Optional<Templates> templates = state.templates(diagnostics);
    if (templates.isEmpty()) {
      return List.of();
    }
    ViewFactory views = state.views(model, diagnostics);
    List<OutputFile> out = new ArrayList<>();
    feed(model, views, Optional.empty(), templates.get(), diagnostics).ifPresent(out::add);
    for (RecordType type : Feeds.TYPES) {
      feed(model, views, Optional.of(type), templates.get(), diagnostics).ifPresent(out::add);
    }
    return out.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
  }

  private static Optional<OutputFile> feed(SiteModel model, ViewFactory views, Optional<RecordType> type,
      Templates templates, Diagnostics diagnostics) {
    List<Record> entries = Feeds.entries(model, type);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    String path = Feeds.path(type);
    return templates.render(TEMPLATE, Map.of("feed", view(model, views, type, entries)), diagnostics)
        .map(xml -> OutputFile.text(path, xml));
  }

  private static FeedView view(SiteModel model, ViewFactory views, Optional<RecordType> type, List<Record> entries) {
    Links links = views.links();
    List<FeedView.Entry> items = entries.stream().map(r -> {
      RecordKey key = RecordKey.of(r);
      return new FeedView.Entry(xmlChars(r.meta().title()), links.absolute(model.path(key)), r.type().key(),
          Dates.atom(r.meta().date()), r.meta().tags().stream().map(FeedsStep::xmlChars).toList(),
          xmlChars(views.bodies().of(key).summary()));
    }).toList();
    // Newest first, so the feed's date is its first entry's: content decides, not the clock.
    return new FeedView(type.map(RecordType::key).orElse(null), xmlChars(model.config().title()),
        xmlChars(model.config().description()), links.absolute(Feeds.path(type)),
        links.absolute(type.map(Urls::list).orElse("")), Dates.atom(entries.get(0).meta().date()), items);
  }

  /**
   * The text without the characters XML 1.0 cannot carry at all (most C0 controls, lone
   * surrogates, U+FFFE/FFFF), which the template's XML escaping would pass through; "" for null.
   */
  private static String xmlChars(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(out::appendCodePoint);
    return out.toString();
  }
}

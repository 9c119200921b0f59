package org.redpress.render;

import java.util.ArrayList;
import java.util.List;
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
 * Atom 1.0 feeds of the newest dated records: {@code feed.xml} for the whole site and one per
 * dated type. Every date comes from the records, never from the clock, so builds repeat exactly.
 */
final class FeedsStep implements OutputStep {

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
    ViewFactory views = state.views(model, diagnostics);
    List<OutputFile> out = new ArrayList<>();
    feed(model, views, Optional.empty()).ifPresent(out::add);
    for (RecordType type : Feeds.TYPES) {
      feed(model, views, Optional.of(type)).ifPresent(out::add);
    }
    return out.stream().sorted(java.util.Comparator.comparing(OutputFile::path)).toList();
  }

  private static Optional<OutputFile> feed(SiteModel model, ViewFactory views, Optional<RecordType> type) {
    List<Record> entries = Feeds.entries(model, type);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Links links = views.links();
    String self = Feeds.path(type);
    String page = type.map(Urls::list).orElse("");
    String title = type.map(t -> t.chineseName() + " - ").orElse("") + model.config().title();
    StringBuilder xml = new StringBuilder(8 * 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
    element(xml, "  ", "title", title);
    element(xml, "  ", "subtitle", model.config().description());
    element(xml, "  ", "id", links.absolute(self));
    xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(links.absolute(self)))
        .append("\"/>\n");
    xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(links.absolute(page)))
        .append("\"/>\n");
    // Newest first, so the feed's date is its first entry's: content decides, not the clock.
    element(xml, "  ", "updated", Dates.atom(entries.get(0).meta().date()));
    xml.append("  <author>\n");
    element(xml, "    ", "name", model.config().title());
    xml.append("  </author>\n");
    for (Record r : entries) {
      entry(xml, r, views);
    }
    xml.append("</feed>\n");
    return Optional.of(OutputFile.text(self, xml.toString()));
  }

  private static void entry(StringBuilder xml, Record r, ViewFactory views) {
    RecordKey key = RecordKey.of(r);
    String url = views.links().absolute(views.model().path(key));
    xml.append("  <entry>\n");
    element(xml, "    ", "title", r.meta().title());
    xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
    element(xml, "    ", "id", url);
    element(xml, "    ", "published", Dates.atom(r.meta().date()));
    element(xml, "    ", "updated", Dates.atom(r.meta().date()));
    xml.append("    <category term=\"").append(r.type().key()).append("\" label=\"")
        .append(Xml.escape(r.type().chineseName())).append("\"/>\n");
    for (String tag : r.meta().tags()) {
      xml.append("    <category term=\"").append(Xml.escape(tag)).append("\"/>\n");
    }
    String summary = views.bodies().of(key).summary();
    if (!summary.isBlank()) {
      xml.append("    <summary type=\"text\">").append(Xml.escape(summary)).append("</summary>\n");
    }
    xml.append("  </entry>\n");
  }

  private static void element(StringBuilder xml, String indent, String name, String text) {
    xml.append(indent).append('<').append(name).append('>').append(Xml.escape(text))
        .append("</").append(name).append(">\n");
  }
}

package org.redpress.render;

import java.util.List;
import org.redpress.markdown.SafeHtml;

/**
 * Everything a record page shows, already in Chinese and with finished hrefs: the facts list,
 * figures, attachments, the sanitised body with its table of contents, reading time, the
 * lesson navigation of a learning path, reverse links and related records.
 */
public record RecordView(
    String typeKey,
    String typeName,
    String title,
    String dateIso,
    String dateText,
    String approximateText,
    String note,
    String summary,
    List<Fact> facts,
    List<LinkView> tags,
    Image cover,
    List<Metric> metrics,
    List<Attachment> attachments,
    SafeHtml body,
    List<Heading> toc,
    Reading reading,
    LessonNav lesson,
    List<Section> sections,
    List<CardView> related) {

  public RecordView {
    facts = List.copyOf(facts);
    tags = List.copyOf(tags);
    metrics = List.copyOf(metrics);
    attachments = List.copyOf(attachments);
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
    related = List.copyOf(related);
  }

  /** A labelled fact: plain text, or links (organization, venues, program …), or both. */
  public record Fact(String label, String text, List<LinkView> links) {
    public Fact {
      links = List.copyOf(links);
    }
  }

  /** A figure as written: value, unit, label, period and the baseline it compares with. */
  public record Metric(String label, String value, String unit, String period, String baseline) {}

  /** A downloadable file with its format ("TXT") and a human size ("2 KB"). */
  public record Attachment(String href, String title, String format, String size) {}

  /** An image under {@code media/} with its alternative text. */
  public record Image(String src, String alt) {}

  /** A table-of-contents entry: heading level, {@code #id} href and text. */
  public record Heading(int level, String href, String text) {}

  /** Han characters of the body and minutes to read them. */
  public record Reading(int hanCount, int minutes) {}

  /** "第 2 课 / 共 5 课" with the path and the previous and next lessons (null at the ends). */
  public record LessonNav(
      String seriesTitle, String seriesHref, int number, int total, LinkView previous, LinkView next) {}

  /** A titled group of cards: reverse links such as the practices held at a venue. */
  public record Section(String title, List<CardView> items) {
    public Section {
      items = List.copyOf(items);
    }
  }
}

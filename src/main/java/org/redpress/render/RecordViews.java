package org.redpress.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.content.Ref;
import org.redpress.markdown.CjkText;
import org.redpress.model.LearningPath;
import org.redpress.model.RecordKey;
import org.redpress.model.Taxonomy;
import org.redpress.model.Urls;

/** Builds the {@link RecordView} of one record page: every field in Chinese, with its links. */
final class RecordViews {

  /** A body needs this many headings before a table of contents helps more than it clutters. */
  static final int TOC_MIN_HEADINGS = 3;

  private final ViewFactory views;
  private final MediaSizes mediaSizes;

  RecordViews(ViewFactory views, MediaSizes mediaSizes) {
    this.views = views;
    this.mediaSizes = mediaSizes;
  }

  RecordView view(Record r) {
    RecordKey key = RecordKey.of(r);
    Bodies.Body body = views.bodies().of(key);
    List<RecordView.Heading> toc = body.headings().size() < TOC_MIN_HEADINGS ? List.of()
        : body.headings().stream()
            .map(h -> new RecordView.Heading(h.level(), "#" + h.id(), h.text()))
            .toList();
    RecordView.Reading reading = r instanceof Record.Material && !body.text().isBlank()
        ? new RecordView.Reading(CjkText.hanCount(body.text()), CjkText.readingMinutes(body.text())) : null;
    return new RecordView(
        r.type().key(), r.type().chineseName(), r.meta().title(),
        Dates.iso(r.meta().date()), r.meta().date() == null ? null : Dates.chinese(r.meta().date()),
        r.meta().approximate() ? Labels.approximate(r.type()) : null,
        r.meta().note(), lead(r),
        new Facts(views).of(r), tags(r), cover(r), metrics(r), attachments(r),
        body.html(), toc, reading, lesson(r), sections(key), related(key));
  }

  /** The summary under the title: the editor's, else a place's or organization's description. */
  private static String lead(Record r) {
    if (!r.meta().summary().isBlank()) {
      return r.meta().summary().strip();
    }
    String description = r instanceof Record.Venue v ? v.description()
        : r instanceof Record.Organization o ? o.description() : null;
    return description == null ? "" : description.strip();
  }

  private List<LinkView> tags(Record r) {
    return r.meta().tags().stream()
        .map(t -> new LinkView(views.links().href(Urls.term(Taxonomy.TAGS, Urls.slug(t))), t))
        .toList();
  }

  private RecordView.Image cover(Record r) {
    return coverFile(r)
        .map(f -> new RecordView.Image(views.links().media(f), r.meta().title() + "（封面图）"))
        .orElse(null);
  }

  /** The cover's path under {@code media/}, for practices and materials that have one. */
  static Optional<String> coverFile(Record r) {
    Ref cover = r instanceof Record.Practice p ? p.cover() : r instanceof Record.Material m ? m.cover() : null;
    return Optional.ofNullable(cover).map(Ref::id);
  }

  private static List<RecordView.Metric> metrics(Record r) {
    List<org.redpress.content.Metric> metrics = r instanceof Record.Practice p ? p.metrics()
        : r instanceof Record.Achievement a ? a.metrics() : List.of();
    return metrics.stream()
        .map(m -> new RecordView.Metric(m.label(), m.value(), m.unit(), m.period(), m.baseline()))
        .toList();
  }

  private List<RecordView.Attachment> attachments(Record r) {
    if (!(r instanceof Record.Material m)) {
      return List.of();
    }
    return m.attachments().stream()
        .map(a -> new RecordView.Attachment(views.links().media(a.file().id()), a.title(),
            format(a.file().id()), mediaSizes.describe(a.file().id())))
        .toList();
  }

  /** The sizes shown next to a material's attachments, in order (null where unreadable). */
  List<String> attachmentSizes(Record.Material m) {
    List<String> out = new ArrayList<>();
    m.attachments().forEach(a -> out.add(mediaSizes.describe(a.file().id())));
    return out;
  }

  private static String format(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 || dot < file.lastIndexOf('/') ? "文件" : file.substring(dot + 1).toUpperCase(Locale.ROOT);
  }

  private RecordView.LessonNav lesson(Record r) {
    if (!(r instanceof Record.Material m) || m.series() == null) {
      return null;
    }
    Optional<LearningPath> path = views.model().learningPath(m.series());
    if (path.isEmpty() || path.get().position(RecordKey.of(r)) == 0) {
      return null;
    }
    List<RecordKey> lessons = path.get().lessons();
    int n = path.get().position(RecordKey.of(r));
    LinkView previous = n > 1 ? views.link(lessons.get(n - 2)).orElse(null) : null;
    LinkView next = n < lessons.size() ? views.link(lessons.get(n)).orElse(null) : null;
    return new RecordView.LessonNav(path.get().title(), views.links().href(path.get().path()), n,
        lessons.size(), previous, next);
  }

  /** Related records not already listed among the reverse links. */
  private List<CardView> related(RecordKey key) {
    List<RecordKey> shown = views.model().backlinksTo(key);
    return views.cards(views.model().relatedTo(key).stream().filter(k -> !shown.contains(k)).toList());
  }

  /** Reverse links grouped by the type of the records pointing here, in type order. */
  private List<RecordView.Section> sections(RecordKey key) {
    Map<RecordType, List<RecordKey>> byType = new LinkedHashMap<>();
    for (RecordType t : RecordType.values()) {
      for (RecordKey from : views.model().backlinksTo(key)) {
        if (from.type() == t) {
          byType.computeIfAbsent(t, x -> new ArrayList<>()).add(from);
        }
      }
    }
    List<RecordView.Section> out = new ArrayList<>();
    byType.forEach((type, keys) ->
        out.add(new RecordView.Section(Labels.backlinkTitle(key.type(), type), views.cards(keys))));
    return out;
  }
}

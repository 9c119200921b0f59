package org.redpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redpress.content.Location;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.content.Ref;
import org.redpress.markdown.CjkText;
import org.redpress.model.LearningPath;
import org.redpress.model.RecordKey;
import org.redpress.model.Taxonomy;
import org.redpress.model.Term;
import org.redpress.model.Urls;

/** Builds the {@link RecordView} of one record page: the record's data with its links, words from the theme. */
final class RecordViews {

  /** A body needs this many headings before a table of contents helps more than it clutters. */
  static final int TOC_MIN_HEADINGS = 3;

  /**
   * A record page shows this many of each kind of record pointing at it; the rest are one link
   * away, so a busy organization's page stays a page and not a wall of cards.
   */
  static final int BACKLINKS_SHOWN = 6;

  private final ViewFactory views;
  private final MediaSizes mediaSizes;
  /** Slugs of the tags with a page of their own; looked up for every tag of every record page. */
  private final Set<String> tagPages;
  /** The occurrences of every activity, worked out once for all the pages of a model. */
  private final ActivityViews activities;

  RecordViews(ViewFactory views, MediaSizes mediaSizes) {
    this.views = views;
    this.mediaSizes = mediaSizes;
    this.activities = new ActivityViews(views);
    this.tagPages = views.model().taxonomy(Taxonomy.TAGS)
        .map(t -> t.terms().stream().map(Term::slug).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
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
        r.type().key(), views.typeName(r.type()), r.meta().title(),
        ViewFactory.dateIso(r.meta()), views.dateText(r.meta()),
        r.meta().approximate(), r.meta().note(), lead(r),
        r instanceof Record.Practice p ? practice(p) : null,
        r instanceof Record.Material m ? material(m) : null,
        r instanceof Record.Achievement a ? achievement(a) : null,
        r instanceof Record.Venue v ? venue(v) : null,
        r instanceof Record.Activity act ? activities.facts(act) : null,
        r instanceof Record.Organization o ? organization(o) : null,
        tags(r), cover(r), photos(r), metrics(r), Charts.of(contentMetrics(r)), attachments(r), videos(r),
        body.html(), toc, reading, lesson(r),
        r instanceof Record.Material ? QrCodes.of(views.links().absolute(views.model().path(key))) : null,
        placeActivities(key), sections(key), related(key), sources(r));
  }

  private static List<RecordView.VideoEmbedView> videos(Record r) {
    List<org.redpress.content.VideoEmbed> videos = r instanceof Record.Practice p ? p.videos()
        : r instanceof Record.Material m ? m.videos() : List.of();
    return videos.stream()
        .map(v -> new RecordView.VideoEmbedView(v.title(), v.url(), java.net.URI.create(v.url()).getHost()))
        .toList();
  }

  /** The origins a record page may frame: those of its videos, tapped ({@code https://host …}); null without any. */
  static String frameSources(Record r) {
    String origins = videos(r).stream().map(v -> "https://" + v.host()).distinct().sorted()
        .collect(java.util.stream.Collectors.joining(" "));
    return origins.isEmpty() ? null : origins;
  }

  private List<RecordView.SourceView> sources(Record r) {
    return r.meta().cites().stream()
        .map(key -> views.model().config().source(key))
        .flatMap(Optional::stream)
        .map(s -> new RecordView.SourceView(s.title(), s.author(), s.publisher(), s.date(), s.url()))
        .toList();
  }

  private RecordView.PracticeFacts practice(Record.Practice p) {
    return new RecordView.PracticeFacts(views.program(p.program()),
        one(RecordType.ORGANIZATION, p.organization()), views.linksTo(RecordType.VENUE, p.venues()));
  }

  private RecordView.MaterialFacts material(Record.Material m) {
    LinkView series = m.series() == null ? null : views.model().learningPath(m.series())
        .map(path -> new LinkView(views.links().href(path.path()), path.title())).orElse(null);
    return new RecordView.MaterialFacts(clean(m.kind()), series, m.minutes(), clean(m.audience()),
        views.linksTo(RecordType.VENUE, m.venues()));
  }

  private RecordView.AchievementFacts achievement(Record.Achievement a) {
    return new RecordView.AchievementFacts(views.program(a.program()),
        one(RecordType.ORGANIZATION, a.organization()), views.linksTo(RecordType.PRACTICE, a.practices()));
  }

  private RecordView.VenueFacts venue(Record.Venue v) {
    LinkView type = new LinkView(views.links().href(Urls.term(Taxonomy.VENUE_TYPES, v.venueType())),
        views.venueTypeName(v.venueType()));
    Location l = v.location();
    return new RecordView.VenueFacts(type, clean(v.address()), clean(v.parts().street()),
        clean(v.parts().community()), clean(v.parts().houseNumber()), coordinates(l),
        l == null ? null : l.datum().key(),
        l == null ? List.of() : MapLinks.of(l.point(), v.meta().title(), fullAddress(v)),
        v.opening() == null ? null : OpeningViews.of(v.opening(), views), clean(v.hours()),
        clean(v.phone()), v.dialablePhone() == null ? null : "tel:" + v.dialablePhone(),
        clean(v.contact()), v.capacity(), v.accessibility(), v.walkMinutes(),
        one(RecordType.ORGANIZATION, v.organization()), description(v, v.description()));
  }

  /** The one-line address, else the structured parts joined (测试街道甲社区测试路 1 号); null when none. */
  private static String fullAddress(Record.Venue v) {
    if (clean(v.address()) != null) {
      return clean(v.address());
    }
    String joined = java.util.stream.Stream.of(v.parts().street(), v.parts().community(), v.parts().houseNumber())
        .map(RecordViews::clean).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining());
    return joined.isEmpty() ? null : joined;
  }

  private RecordView.OrganizationFacts organization(Record.Organization o) {
    return new RecordView.OrganizationFacts(clean(o.kind()), one(RecordType.ORGANIZATION, o.parent()),
        o.members(), description(o, o.description()));
  }

  private LinkView one(RecordType type, Ref ref) {
    return ref == null ? null : views.link(new RecordKey(type, ref.id())).orElse(null);
  }

  /** A place's or organization's description, unless it already stands in for the summary. */
  private static String description(Record r, String description) {
    return r.meta().summary().isBlank() ? null : clean(description);
  }

  /** The text stripped; null when it is missing or blank, so templates test with {@code ??}. */
  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static RecordView.Coordinates coordinates(Location l) {
    return l == null ? null : new RecordView.Coordinates(degrees(Math.abs(l.lat())), l.lat() >= 0,
        degrees(Math.abs(l.lng())), l.lng() >= 0);
  }

  /** 32.54 for 32.540000: five decimals at most, no trailing zeros. */
  private static String degrees(double value) {
    return String.format(Locale.ROOT, "%.5f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
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
        .map(t -> new LinkView(tagPages.contains(Urls.slug(t)) ? views.links().href(Urls.term(Taxonomy.TAGS, Urls.slug(t))) : null, t))
        .toList();
  }

  private RecordView.Image cover(Record r) {
    return coverFile(r)
        .map(f -> views.pictures().image(f, views.text("cover.alt", r.meta().title()), null, null, Pictures.PAGE_SIZES))
        .orElse(null);
  }

  /** The record's photos, in the order written; a gallery shows them when there are several. */
  private List<RecordView.Image> photos(Record r) {
    List<org.redpress.content.Photo> photos = r instanceof Record.Practice p ? p.photos()
        : r instanceof Record.Material m ? m.photos() : List.of();
    String sizes = photos.size() > 1 ? Pictures.GALLERY_SIZES : Pictures.PAGE_SIZES;
    return photos.stream()
        .map(p -> views.pictures().image(p.file().id(), p.alt(), p.caption(), p.credit(), sizes))
        .toList();
  }

  /** The cover's path under {@code media/}, for practices and materials that have one. */
  static Optional<String> coverFile(Record r) {
    Ref cover = r instanceof Record.Practice p ? p.cover() : r instanceof Record.Material m ? m.cover() : null;
    return Optional.ofNullable(cover).map(Ref::id);
  }

  private static List<org.redpress.content.Metric> contentMetrics(Record r) {
    return r instanceof Record.Practice p ? p.metrics() : r instanceof Record.Achievement a ? a.metrics() : List.of();
  }

  private static List<RecordView.Metric> metrics(Record r) {
    return contentMetrics(r).stream()
        .map(RecordView.Metric::of)
        .toList();
  }

  private List<RecordView.Attachment> attachments(Record r) {
    if (!(r instanceof Record.Material m)) {
      return List.of();
    }
    return m.attachments().stream().map(this::attachment).toList();
  }

  private RecordView.Attachment attachment(org.redpress.content.Attachment a) {
    String file = a.file().id();
    Integer pages = null;
    RecordView.Image thumbnail = null;
    var pdf = views.documents().pdf(file);
    if (pdf.isPresent()) {
      pages = pdf.get().pages();
      var t = pdf.get().thumbnail();
      thumbnail = new RecordView.Image(views.links().href(org.redpress.content.MediaPaths.inContent(Documents.thumbnailPath(file))),
          views.text("attachment.firstPage", a.title()), null, null, t.width(), t.height(), null, null);
    }
    boolean video = org.redpress.media.Mp4Duration.isVideo(file);
    java.util.OptionalLong seconds = views.documents().videoSeconds(file);
    String duration = seconds.isPresent()
        ? views.text("video.duration", seconds.getAsLong() / 60, seconds.getAsLong() % 60) : null;
    RecordView.Image poster = a.poster() == null ? null
        : views.pictures().image(a.poster().id(), "", null, null, Pictures.PAGE_SIZES);
    return new RecordView.Attachment(views.links().href(views.pictures().sitePath(file)), a.title(),
        format(file), size(mediaSizes.bytes(file)), pages, thumbnail, video, duration, poster);
  }

  /** The sizes in bytes of a material's attachments, in order (null where unreadable). */
  List<Long> attachmentSizes(Record.Material m) {
    List<Long> out = new ArrayList<>();
    m.attachments().forEach(a -> out.add(mediaSizes.bytes(a.file().id())));
    return out;
  }

  /** "812 字节", "2 KB", "1.4 MB" (the messages size.bytes, .kilobytes, .megabytes); null when unknown. */
  private String size(Long bytes) {
    if (bytes == null) {
      return null;
    }
    if (bytes < 1024) {
      return views.text("size.bytes", bytes);
    }
    if (bytes < 1024 * 1024) {
      return views.text("size.kilobytes", Math.round(bytes / 1024.0));
    }
    return views.text("size.megabytes", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
  }

  private String format(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 || dot < file.lastIndexOf('/') ? views.text("attachment.noFormat")
        : file.substring(dot + 1).toUpperCase(Locale.ROOT);
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
    return new RecordView.LessonNav(path.get().key(), m.id(), path.get().title(), views.links().href(path.get().path()), n,
        lessons.size(), previous, next);
  }

  /** Related records not already listed among the reverse links. */
  private List<CardView> related(RecordKey key) {
    List<RecordKey> shown = views.model().backlinksTo(key);
    return views.cards(views.model().relatedTo(key).stream().filter(k -> !shown.contains(k)).toList());
  }

  /**
   * The records pointing here, by type; a group longer than {@link #BACKLINKS_SHOWN} shows its
   * first few and links to its full, paginated list.
   */
  private List<RecordView.Section> sections(RecordKey key) {
    int size = BACKLINKS_SHOWN;
    List<RecordView.Section> out = new ArrayList<>();
    views.model().backlinksByType(key).forEach((type, keys) -> {
      if (type == RecordType.ACTIVITY && ActivityViews.PLACES.contains(key.type())) {
        return;
      }
      LinkView more = keys.size() <= size ? null : new LinkView(
          views.links().href(Urls.backlinks(views.model().path(key), type)), views.text("backlinks.more", keys.size()));
      out.add(new RecordView.Section(backlinkTitle(key.type(), type), views.cards(keys.subList(0, Math.min(size, keys.size()))),
          keys.size(), more));
    });
    return out;
  }

  /**
   * A venue's or organization's activities by time rather than as reverse links: what is coming
   * matters to a resident, what is over only as a record; the full list stays one link away.
   */
  private RecordView.PlaceActivities placeActivities(RecordKey key) {
    List<RecordKey> keys = views.model().backlinksByType(key).getOrDefault(RecordType.ACTIVITY, List.of());
    if (!ActivityViews.PLACES.contains(key.type()) || keys.isEmpty()) {
      return null;
    }
    LinkView more = keys.size() <= BACKLINKS_SHOWN ? null : new LinkView(
        views.links().href(Urls.backlinks(views.model().path(key), RecordType.ACTIVITY)),
        views.text("backlinks.more", keys.size()));
    return activities.of(key, backlinkTitle(key.type(), RecordType.ACTIVITY), keys.size(), more);
  }

  /** backlinks.<target>.<source>, else backlinks.<target>.other, else backlinks.other. */
  String backlinkTitle(RecordType target, RecordType source) {
    String name = views.typeName(source);
    return views.messages().find("backlinks." + target.key() + "." + source.key())
        .or(() -> views.messages().find("backlinks." + target.key() + ".other", name))
        .orElseGet(() -> views.text("backlinks.other", name));
  }
}

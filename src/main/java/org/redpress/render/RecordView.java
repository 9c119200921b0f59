package org.redpress.render;

import java.util.List;
import org.redpress.markdown.SafeHtml;

/**
 * Everything a record page shows, with finished hrefs: the type's own data (which of it shows,
 * and under which words, is for {@code templates/partials/facts/<type>.ftlh} to decide), figures,
 * attachments, the sanitised body with its table of contents, reading time, the lesson
 * navigation of a learning path, reverse links and related records.
 */
@Doc("A record page (record.ftlh, page.ftlh): the record's own data, body and links.")
public record RecordView(
    @Doc("The type's key: practice, material, achievement, venue, organization or page.") String typeKey,
    @Doc("The type's name, from the message type.<typeKey>.") String typeName,
    @Doc("The record's title.") String title,
    @Doc("The date as 2018-06-30 (the year alone when estimated), for <time datetime>; null when undated.") String dateIso,
    @Doc("The date as date.long prints it, or date.approximate (约2018年) when estimated; null when undated.") String dateText,
    @Doc("Whether the editor marked the date (or a place's address) as approximate.") boolean approximate,
    @Doc("The editor's note; may be null or empty.") String note,
    @Doc("The lead: the summary, else a place's or organization's description; may be empty.") String summary,
    @Doc("A practice's own data; null on other types' pages.") PracticeFacts practice,
    @Doc("A material's own data; null on other types' pages.") MaterialFacts material,
    @Doc("An achievement's own data; null on other types' pages.") AchievementFacts achievement,
    @Doc("A venue's own data; null on other types' pages.") VenueFacts venue,
    @Doc("An activity's own data; null on other types' pages.") ActivityFacts activity,
    @Doc("An organization's own data; null on other types' pages.") OrganizationFacts organization,
    @Doc("The tags; href is the tag page, null for a tag without one (site.yaml tags.minRecords).") List<LinkView> tags,
    @Doc("The cover image of a practice or material; null without one.") Image cover,
    @Doc("The record's photos in the order written (practices and materials); empty without any.") List<Image> photos,
    @Doc("The figures of a practice or achievement.") List<Metric> metrics,
    @Doc("Charts of those figures that compare with something (partials/charts.ftlh draws them).") List<ChartView> charts,
    @Doc("A material's downloadable files.") List<Attachment> attachments,
    @Doc("Videos on platforms site.yaml allows (videoHosts), loaded only when tapped; empty without any.") List<VideoEmbedView> videos,
    @Doc("The body as sanitised HTML; prints as markup with a plain ${…}.") SafeHtml body,
    @Doc("The table of contents; empty when the body has fewer than three headings.") List<Heading> toc,
    @Doc("A material's reading time; null for other types or an empty body.") Reading reading,
    @Doc("The lesson navigation of a material in a learning path; null otherwise.") LessonNav lesson,
    @Doc("A material's URL as a QR code, for print; null on other types' pages.") QrCode qr,
    @Doc("A venue's or organization's activities by time (upcoming first); null on other pages and without any.") PlaceActivities activities,
    @Doc("Reverse links: the records pointing here, grouped by type (activities are in activities instead).") List<Section> sections,
    @Doc("Related records not already among the reverse links.") List<CardView> related,
    @Doc("The publications the record draws on (cites, from site.yaml's sources).") List<SourceView> sources) {

  public RecordView {
    tags = List.copyOf(tags);
    photos = List.copyOf(photos);
    metrics = List.copyOf(metrics);
    charts = List.copyOf(charts);
    attachments = List.copyOf(attachments);
    videos = List.copyOf(videos);
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
    related = List.copyOf(related);
    sources = List.copyOf(sources);
  }

  /** A publication a record draws on, as site.yaml registers it; the parts it lacks are null. */
  @Doc("A publication the record draws on.")
  public record SourceView(
      @Doc("Its title, without 《》.") String title,
      @Doc("Its author; null when unknown.") String author,
      @Doc("Who published it (journal, newspaper, site); null when unknown.") String publisher,
      @Doc("When, as written (2019年第1期); null when unknown.") String date,
      @Doc("A link to it (http or https); null when none.") String url) {}

  /** A practice's program, organization and venues. */
  @Doc("What a practice page can show about the practice (view.practice).")
  public record PracticeFacts(
      @Doc("The program, linking to its term page.") LinkView program,
      @Doc("The organization that did it; null when none or unpublished.") LinkView organization,
      @Doc("The venues where it happened (published ones).") List<LinkView> venues) {
    public PracticeFacts {
      venues = List.copyOf(venues);
    }
  }

  /** A material's kind, learning path, study time, audience and venues. */
  @Doc("What a material page can show about the material (view.material).")
  public record MaterialFacts(
      @Doc("The kind as records write it (article, video, document, course); name it with t(\"kind.material.\" + kind).") String kind,
      @Doc("The learning path it belongs to; null when none.") LinkView series,
      @Doc("Study time in minutes; null when not given.") Integer minutes,
      @Doc("Who it is for; null when not given.") String audience,
      @Doc("The venues it is about (published ones).") List<LinkView> venues) {
    public MaterialFacts {
      venues = List.copyOf(venues);
    }
  }

  /** An achievement's program, organization and source practices. */
  @Doc("What an achievement page can show about the achievement (view.achievement).")
  public record AchievementFacts(
      @Doc("The program, linking to its term page.") LinkView program,
      @Doc("The organization it belongs to; null when none or unpublished.") LinkView organization,
      @Doc("The practices it came from (published ones).") List<LinkView> practices) {
    public AchievementFacts {
      practices = List.copyOf(practices);
    }
  }

  /** A venue's type, address, position, hours, phone, contact, access, managing organization and description. */
  @Doc("What a venue page can show about the place (view.venue).")
  public record VenueFacts(
      @Doc("The venue type, linking to its term page.") LinkView venueType,
      @Doc("The address as one line; null when not given.") String address,
      @Doc("The street (街道) or town; null when not given.") String street,
      @Doc("The community (社区) or village (村); null when not given.") String community,
      @Doc("The house number (门牌); null when not given.") String houseNumber,
      @Doc("The coordinates as written; null when not given.") Coordinates location,
      @Doc("The datum of the written coordinates: gcj02, wgs84 or bd09; null without coordinates.") String datum,
      @Doc("Links that open the place in map apps (app: amap, baidu, tencent), each in its datum; empty without coordinates.") List<NavLink> navigation,
      @Doc("Opening hours as data; null when not given.") Opening opening,
      @Doc("Opening hours as the editor describes them in words; null when not given.") String hours,
      @Doc("The telephone number as written; null when not given.") String phone,
      @Doc("The tel: link of the phone; null without a phone.") String telHref,
      @Doc("A contact person or other contact; null when not given.") String contact,
      @Doc("How many people it holds; null when not given.") Integer capacity,
      @Doc("Accessibility keys (step-free, toilet, hearing-loop, seats, large-print, parking); name them with t(\"access.\" + key).") List<String> accessibility,
      @Doc("Minutes on foot, as the editor gives them; null when not given.") Integer walkMinutes,
      @Doc("The organization that manages it; null when none or unpublished.") LinkView organization,
      @Doc("The description; null when not given or when it already is the page's lead (no summary).") String description) {
    public VenueFacts {
      navigation = List.copyOf(navigation);
      accessibility = List.copyOf(accessibility);
    }
  }

  /** An activity's time, recurrence, place, organizer, programme, sign-up and state. */
  @Doc("What an activity page can show (view.activity).")
  public record ActivityFacts(
      @Doc("The (first) start as the message activity.when prints it.") String start,
      @Doc("The (first) end likewise; null without an end.") String end,
      @Doc("The recurrence in words (activity.recurrence.<FREQ>.<INTERVAL>, else activity.recurrence.other); null when it happens once.") String recurrence,
      @Doc("The next occurrences from the build date (up to six).") List<ActivityCard> upcoming,
      @Doc("The venue; null when none or unpublished.") LinkView venue,
      @Doc("The organizer; null when none or unpublished.") LinkView organizer,
      @Doc("The programme; null when not given.") String agenda,
      @Doc("Who it is for; null when not given.") String audience,
      @Doc("Sign-up contact; null when not given.") String signupContact,
      @Doc("Sign-up limit (people); null when not given.") Integer signupLimit,
      @Doc("Sign-up deadline as the message date.long prints it; null when not given.") String signupDeadline,
      @Doc("scheduled, cancelled or postponed; name it with t(\"activity.state.\" + state).") String state,
      @Doc("Why it was cancelled or postponed; null when not given.") String reason,
      @Doc("This activity's .ics file.") String icsHref) {
    public ActivityFacts {
      upcoming = List.copyOf(upcoming);
    }
  }

  /** A link that opens a place in one map app. */
  @Doc("A link to a place in a map app.")
  public record NavLink(
      @Doc("The app: amap (高德), baidu (百度) or tencent (腾讯); name it with t(\"maps.\" + app).") String app,
      @Doc("The https link, with the coordinate in the app's datum.") String href) {}

  /** A venue's opening hours: the known weekdays, the exceptions, appointment and a note. */
  @Doc("Opening hours as data (view.venue.opening).")
  public record Opening(
      @Doc("The weekdays the record gives, Monday first.") List<Day> weekly,
      @Doc("Dated exceptions such as holidays, by date.") List<ExceptionDay> exceptions,
      @Doc("Whether a visit needs an appointment.") boolean appointment,
      @Doc("A note; null when none.") String note,
      @Doc("The same data as JSON for the browser's 现在开放 (days 1–7 from Monday, minutes after midnight).") String json) {
    public Opening {
      weekly = List.copyOf(weekly);
      exceptions = List.copyOf(exceptions);
    }
  }

  /** One weekday's periods. */
  @Doc("One weekday's opening periods.")
  public record Day(
      @Doc("The day: mon … sun; name it with t(\"day.\" + key).") String key,
      @Doc("Periods as 09:00-11:30; empty when closed.") List<String> periods) {
    public Day {
      periods = List.copyOf(periods);
    }
  }

  /** A date with other hours than the weekly schedule. */
  @Doc("A dated exception to the weekly hours.")
  public record ExceptionDay(
      @Doc("The date as 2026-10-01.") String dateIso,
      @Doc("The date as the message date.long prints it.") String dateText,
      @Doc("Periods as 09:00-11:30; empty when closed.") List<String> periods,
      @Doc("Why; null when not given.") String reason) {
    public ExceptionDay {
      periods = List.copyOf(periods);
    }
  }

  /** An organization's kind, parent, members and description. */
  @Doc("What an organization page can show about the organization (view.organization).")
  public record OrganizationFacts(
      @Doc("The kind as records write it (committee, branch …); name it with t(\"kind.organization.\" + kind); null when not given.") String kind,
      @Doc("The parent organization; null when none or unpublished.") LinkView parent,
      @Doc("Number of party members; null when not given.") Integer members,
      @Doc("The description; null when not given or when it already is the page's lead (no summary).") String description) {}

  /** A position as unsigned degrees with their hemispheres, digits only (the words are the theme's). */
  @Doc("A position: unsigned degrees (up to five decimals, no trailing zeros) and hemispheres.")
  public record Coordinates(
      @Doc("Latitude in degrees without sign, as 32.54.") String latitude,
      @Doc("Whether the latitude is north (else south).") boolean north,
      @Doc("Longitude in degrees without sign, as 120.46.") String longitude,
      @Doc("Whether the longitude is east (else west).") boolean east) {}

  /** A figure as the source gives it: the number with its qualifier and unit, label, period, baseline. */
  @Doc("A figure as the editor wrote it.")
  public record Metric(
      @Doc("What it counts.") String label,
      @Doc("The number as the editor wrote it (60000), for charts.") String value,
      @Doc("The number as shown, with 万/亿 and the qualifier in place: 6万余, 近2万, 98.1.") String amount,
      @Doc("The unit with a trailing 以上; may be empty.") String unit,
      @Doc("The whole figure as one phrase: 6万余人次.") String text,
      @Doc("约, 近, 余, 多 or 以上; null when the figure is exact.") String qualifier,
      @Doc("The period it covers; may be null.") String period,
      @Doc("The number it compares with; may be null.") String baseline,
      @Doc("down or up when the value is a relative change; else null.") String trend) {

    static Metric of(org.redpress.content.Metric m) {
      return new Metric(m.label(), m.value(), m.amount(), m.unitText(), m.text(), m.qualifier(), m.period(),
          m.baseline(), m.trend());
    }
  }

  /** A downloadable file with its format ("TXT") and a human size ("2 KB"). */
  @Doc("A downloadable file of a material.")
  public record Attachment(
      @Doc("The file's href under media/.") String href,
      @Doc("Its title.") String title,
      @Doc("Its extension in capitals (TXT), else the message attachment.noFormat.") String format,
      @Doc("Its size through the message size.bytes, size.kilobytes or size.megabytes; null when unreadable.") String size,
      @Doc("A PDF's page count; null for other files.") Integer pages,
      @Doc("A PDF's first page rendered at build time (480 px wide); null for other files.") Image thumbnail,
      @Doc("Whether it is a video (MP4), shown in a player.") boolean video,
      @Doc("A video's duration through the message video.duration; null when not a video or unreadable.") String duration,
      @Doc("A video's poster photo; null when none.") Image poster) {}

  /**
   * A video on a platform site.yaml allows: a link to the player (which works without script)
   * that theme.js swaps for a sandboxed frame when tapped, so no page asks the platform for
   * anything before the reader does.
   */
  @Doc("A video on a video platform, loaded only when tapped.")
  public record VideoEmbedView(
      @Doc("The title the editor gave it.") String title,
      @Doc("The player's https address: the link's href, and the frame's src once tapped.") String src,
      @Doc("The platform's host (player.bilibili.com), named so readers know where the tap leads.") String host) {}

  /**
   * An image under {@code media/}: a processed photo has its variants in {@code srcset} and its
   * upright size (so the page keeps its place before it loads); an SVG or GIF has neither.
   */
  @Doc("An image under media/ (a photo: resized variants without metadata).")
  public record Image(
      @Doc("The href of the widest variant (the file itself for SVG and GIF).") String src,
      @Doc("Its alternative text; empty for a decorative image.") String alt,
      @Doc("The variants as \"href 480w, href 960w, …\"; null when not a processed photo.") String srcset,
      @Doc("The sizes attribute for srcset: how wide the image shows (from the caller's context).") String sizes,
      @Doc("The width of the src variant in pixels; null when unknown (SVG, GIF).") Integer width,
      @Doc("The height of the src variant in pixels; null when unknown.") Integer height,
      @Doc("The caption; null when none.") String caption,
      @Doc("Who took the photo; null when not given.") String credit) {}

  /** A table-of-contents entry: heading level, {@code #id} href and text. */
  @Doc("A table-of-contents entry.")
  public record Heading(
      @Doc("The heading level, 2 to 6.") int level,
      @Doc("The #id of the heading.") String href,
      @Doc("The heading's text.") String text) {}

  /** Han characters of the body and minutes to read them. */
  @Doc("The reading time of a material's body.")
  public record Reading(
      @Doc("Han characters in the body.") int hanCount,
      @Doc("Minutes to read them.") int minutes) {}

  /** Lesson {@code number} of {@code total} with the path and the previous and next lessons (null at the ends). */
  @Doc("Where a material stands in its learning path.")
  public record LessonNav(
      @Doc("The path's key, as progress stores it (data-series).") String seriesKey,
      @Doc("This material's id, as progress stores it (data-lesson).") String id,
      @Doc("The path's title.") String seriesTitle,
      @Doc("The path's page.") String seriesHref,
      @Doc("This lesson's number, from 1.") int number,
      @Doc("How many lessons the path has.") int total,
      @Doc("The previous lesson; null for the first.") LinkView previous,
      @Doc("The next lesson; null for the last.") LinkView next) {}

  /** A QR code as SVG geometry: a square of {@code size} modules, the dark ones in one path. */
  @Doc("A QR code for an <svg viewBox=\"0 0 size size\"><path d=\"…\"/></svg> (no quiet zone).")
  public record QrCode(
      @Doc("The URL it encodes.") String text,
      @Doc("Its width and height in modules.") int size,
      @Doc("The dark modules as SVG path data (M, h, v, z only).") String path) {}

  /** A titled group of cards: reverse links such as the practices held at a venue. */
  @Doc("A titled group of reverse links, such as the practices held at a venue.")
  public record Section(
      @Doc("The heading, from the message backlinks.<this type>.<their type>.") String title,
      @Doc("The records, as cards: the first six of them.") List<CardView> items,
      @Doc("How many records point here from this type.") int total,
      @Doc("Their full, paginated list when there are more than six; else null.") LinkView more) {
    public Section {
      items = List.copyOf(items);
    }
  }

  /** The activities held at a venue or organized by an organization, relative to the build date. */
  @Doc("A venue's or organization's activities (view.activities): upcoming occurrences, then the latest past ones.")
  public record PlaceActivities(
      @Doc("The heading, from the message backlinks.<this type>.activity.") String title,
      @Doc("The coming activities, each once at its next occurrence from the build date, soonest first (up to six).") List<ActivityCard> upcoming,
      @Doc("The latest activities that are over, latest first (up to three).") List<ActivityCard> past,
      @Doc("How many activities point here.") int total,
      @Doc("Their full, paginated list when there are more than six; else null.") LinkView more) {
    public PlaceActivities {
      upcoming = List.copyOf(upcoming);
      past = List.copyOf(past);
    }
  }
}

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
    @Doc("The date as 2018-06-30, for <time datetime>; null when undated.") String dateIso,
    @Doc("The date as the message date.long prints it; null when undated.") String dateText,
    @Doc("Whether the editor marked the date (or a place's address) as approximate.") boolean approximate,
    @Doc("The editor's note; may be null or empty.") String note,
    @Doc("The lead: the summary, else a place's or organization's description; may be empty.") String summary,
    @Doc("A practice's own data; null on other types' pages.") PracticeFacts practice,
    @Doc("A material's own data; null on other types' pages.") MaterialFacts material,
    @Doc("An achievement's own data; null on other types' pages.") AchievementFacts achievement,
    @Doc("A venue's own data; null on other types' pages.") VenueFacts venue,
    @Doc("An organization's own data; null on other types' pages.") OrganizationFacts organization,
    @Doc("The tags, each linking to its tag page.") List<LinkView> tags,
    @Doc("The cover image of a practice or material; null without one.") Image cover,
    @Doc("The record's photos in the order written (practices and materials); empty without any.") List<Image> photos,
    @Doc("The figures of a practice or achievement.") List<Metric> metrics,
    @Doc("A material's downloadable files.") List<Attachment> attachments,
    @Doc("The body as sanitised HTML; prints as markup with a plain ${…}.") SafeHtml body,
    @Doc("The table of contents; empty when the body has fewer than three headings.") List<Heading> toc,
    @Doc("A material's reading time; null for other types or an empty body.") Reading reading,
    @Doc("The lesson navigation of a material in a learning path; null otherwise.") LessonNav lesson,
    @Doc("Reverse links: the records pointing here, grouped by type.") List<Section> sections,
    @Doc("Related records not already among the reverse links.") List<CardView> related) {

  public RecordView {
    tags = List.copyOf(tags);
    photos = List.copyOf(photos);
    metrics = List.copyOf(metrics);
    attachments = List.copyOf(attachments);
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
    related = List.copyOf(related);
  }

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

  /** A venue's type, address, position, hours, contact, walk, managing organization and description. */
  @Doc("What a venue page can show about the place (view.venue).")
  public record VenueFacts(
      @Doc("The venue type, linking to its term page.") LinkView venueType,
      @Doc("The address; null when not given.") String address,
      @Doc("The coordinates; null when not given.") Coordinates location,
      @Doc("Opening hours; null when not given.") String hours,
      @Doc("Telephone or other contact; null when not given.") String contact,
      @Doc("Minutes on foot, as the editor gives them; null when not given.") Integer walkMinutes,
      @Doc("The organization that manages it; null when none or unpublished.") LinkView organization,
      @Doc("The description; null when not given or when it already is the page's lead (no summary).") String description) {}

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

  /** A figure as written: value, unit, label, period and the baseline it compares with. */
  @Doc("A figure as the editor wrote it.")
  public record Metric(
      @Doc("What it counts.") String label,
      @Doc("The number, as written.") String value,
      @Doc("Its unit; may be null.") String unit,
      @Doc("The period it covers; may be null.") String period,
      @Doc("The number it compares with; may be null.") String baseline) {}

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
      @Doc("The path's title.") String seriesTitle,
      @Doc("The path's page.") String seriesHref,
      @Doc("This lesson's number, from 1.") int number,
      @Doc("How many lessons the path has.") int total,
      @Doc("The previous lesson; null for the first.") LinkView previous,
      @Doc("The next lesson; null for the last.") LinkView next) {}

  /** A titled group of cards: reverse links such as the practices held at a venue. */
  @Doc("A titled group of reverse links, such as the practices held at a venue.")
  public record Section(
      @Doc("The heading, from the message backlinks.<this type>.<their type>.") String title,
      @Doc("The records, as cards.") List<CardView> items) {
    public Section {
      items = List.copyOf(items);
    }
  }
}

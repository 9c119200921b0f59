package org.redpress.render;

/**
 * A record as lists show it: title link, type, date (ISO for {@code <time>}, the theme's long
 * form for reading; both null when undated), the summary, and the short data the card's labels
 * are made of (which of it shows, and how, is for {@code templates/partials/cards.ftlh} to decide).
 */
@Doc("A record as lists show it (partials/cards.ftlh, whose function labels(c) picks its labels).")
public record CardView(
    @Doc("The record page.") String href,
    @Doc("The record's title.") String title,
    @Doc("The type's key: practice, material, achievement, venue, organization or page.") String typeKey,
    @Doc("The type's name, from the message type.<key>.") String typeName,
    @Doc("The date as 2018-06-30, or the year alone when it is estimated; null when undated.") String dateIso,
    @Doc("The date as date.long prints it, or date.approximate (约2018年) when estimated; null when undated.") String dateText,
    @Doc("Whether the date is approximate.") boolean approximate,
    @Doc("The summary; may be empty.") String summary,
    @Doc("A practice's, achievement's or material's program name (site.yaml); else null.") String program,
    @Doc("A material's or organization's kind as records write it; name it with t(\"kind.<type>.\" + kind); else null.") String kind,
    @Doc("A material's lesson number in its learning path; null when not in one.") Integer lesson,
    @Doc("A material's study time in minutes: as declared, else estimated from its text; null for other types.") Integer minutes,
    @Doc("Whether a material's minutes are estimated from its text (no minutes declared).") boolean minutesEstimated,
    @Doc("A venue's venue type name (site.yaml); else null.") String venueType,
    @Doc("A practice's or material's cover as a small decorative thumbnail (alt empty: the title beside it says what it is); else null.") RecordView.Image cover) {}

package org.redpress.render;

import java.util.List;

/**
 * A record as lists show it: title link, type, date (ISO for {@code <time>}, the theme's long
 * form for reading; both null when undated), short labels such as the program, and the summary.
 */
@Doc("A record as lists show it (partials/cards.ftlh).")
public record CardView(
    @Doc("The record page.") String href,
    @Doc("The record's title.") String title,
    @Doc("The type's name, from the message type.<key>.") String typeName,
    @Doc("The date as 2018-06-30; null when undated.") String dateIso,
    @Doc("The date as the message date.long prints it; null when undated.") String dateText,
    @Doc("Whether the date is approximate.") boolean approximate,
    @Doc("Short labels: program, material kind and lesson, venue type, organization kind, first figure.") List<String> labels,
    @Doc("The summary; may be empty.") String summary) {

  public CardView {
    labels = List.copyOf(labels);
  }
}

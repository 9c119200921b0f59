package org.redpress.render;

import java.util.List;

/**
 * A record as lists show it: title link, type, date (ISO for {@code <time>}, Chinese for
 * reading; both null when undated), short labels such as the program, and the summary.
 */
public record CardView(
    String href,
    String title,
    String typeName,
    String dateIso,
    String dateText,
    boolean approximate,
    List<String> labels,
    String summary) {

  public CardView {
    labels = List.copyOf(labels);
  }
}

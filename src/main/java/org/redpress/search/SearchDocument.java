package org.redpress.search;

import java.time.LocalDate;
import java.util.List;
import org.redpress.content.RecordType;

/**
 * What the index knows of one published record: its site-relative path, the four text fields
 * (body as plain text) and the facet values; {@code program}, {@code year}, {@code date},
 * {@code organization}, {@code venueType} and {@code area} may be null.
 */
public record SearchDocument(
    String path,
    String title,
    List<String> tags,
    String summary,
    String body,
    RecordType type,
    String program,
    LocalDate date,
    String organization,
    String venueType,
    String area) {

  public SearchDocument {
    tags = List.copyOf(tags);
  }

  public Integer year() {
    return date == null ? null : date.getYear();
  }

  /** The text a snippet is cut from: the summary, a line break, the body. */
  public String snippetText() {
    return summary.isEmpty() ? body : summary + "\n" + body;
  }

  /** The value of a facet, or null. */
  public String facet(Facet facet) {
    return switch (facet) {
      case TYPE -> type.key();
      case PROGRAM -> program;
      case YEAR -> date == null ? null : String.valueOf(date.getYear());
      case VENUE_TYPE -> venueType;
      case AREA -> area;
    };
  }
}

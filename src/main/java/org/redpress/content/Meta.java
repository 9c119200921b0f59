package org.redpress.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every record has: where it came from, its title (a venue's or organization's name), the
 * date if its type is dated, publication status, tags, summary, Markdown body, editor notes and
 * the keys of the publications it draws on (site.yaml's {@code sources}).
 */
public record Meta(
    RecordType type,
    String id,
    String file,
    String title,
    LocalDate date,
    boolean draft,
    List<String> tags,
    String summary,
    String body,
    int bodyLine,
    boolean approximate,
    String note,
    List<String> cites) {

  public Meta {
    tags = List.copyOf(tags);
    cites = List.copyOf(cites);
    summary = summary == null ? "" : summary;
    body = body == null ? "" : body;
    note = note == null ? "" : note;
  }

  public Optional<LocalDate> dateIfAny() {
    return Optional.ofNullable(date);
  }
}

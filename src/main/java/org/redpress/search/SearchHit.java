package org.redpress.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One hit: document number, published URL (base path included), title, type key, date (may be
 * null), Lucene score, and the snippet and title with the spans to highlight.
 */
public record SearchHit(
    int doc, String url, String title, String type, LocalDate date, float score,
    Highlighted titleMarks, Highlighted snippet) {

  /** Text with the half-open UTF-16 ranges that matched the query. */
  public record Highlighted(String text, List<Span> marks) {
    public Highlighted {
      marks = List.copyOf(marks);
    }
  }

  /** A matched range {@code [start, end)}. */
  public record Span(int start, int end) {}
}

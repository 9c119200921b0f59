package org.redpress.render;

import java.time.LocalDate;

/** Dates as pages and feeds print them in digits (words are the theme's); no locale data or clock is consulted. */
final class Dates {

  private Dates() {}

  /** {@code 2018-06-30}; null for an undated record, so templates can test with {@code ??}. */
  static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** An RFC 3339 timestamp at midnight in China, the alliance's time zone (for Atom). */
  static String atom(LocalDate date) {
    return date + "T00:00:00+08:00";
  }
}

package org.redpress.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a venue is open, as data: the periods of each weekday (a day not listed is unknown, an
 * empty list is closed), dated exceptions such as holidays, and whether a visit needs an
 * appointment.
 */
public record OpeningHours(
    Map<DayOfWeek, List<TimeRange>> weekly, List<Exception> exceptions, boolean appointment, String note) {

  public OpeningHours {
    EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    weekly.forEach((d, r) -> copy.put(d, List.copyOf(r)));
    weekly = Collections.unmodifiableMap(copy);
    exceptions = List.copyOf(exceptions);
  }

  /** A day that differs from the weekly schedule: other periods, or closed (no periods), and why. */
  public record Exception(LocalDate date, List<TimeRange> periods, String reason) {
    public Exception {
      periods = List.copyOf(periods);
    }
  }
}

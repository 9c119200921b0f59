package org.redpress.render;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.redpress.content.OpeningHours;
import org.redpress.content.TimeRange;

/**
 * Opening hours for the theme (days and periods as text) and for the browser (compact JSON that
 * {@code nearby.js} reads to decide 现在开放 in Asia/Shanghai time).
 */
final class OpeningViews {

  private OpeningViews() {}

  static RecordView.Opening of(OpeningHours hours, ViewFactory views) {
    List<RecordView.Day> days = hours.weekly().entrySet().stream()
        .map(e -> new RecordView.Day(key(e.getKey()), texts(e.getValue())))
        .toList();
    List<RecordView.ExceptionDay> exceptions = hours.exceptions().stream()
        .map(x -> new RecordView.ExceptionDay(Dates.iso(x.date()), views.date(x.date()), texts(x.periods()),
            x.reason()))
        .toList();
    return new RecordView.Opening(days, exceptions, hours.appointment(), hours.note(), json(hours));
  }

  /** {@code {"w":{"1":[[540,690]]},"x":{"2026-10-01":[]},"a":false}}: 1 is Monday, a missing day is unknown. */
  static String json(OpeningHours hours) {
    String weekly = hours.weekly().entrySet().stream()
        .map(e -> "\"" + e.getKey().getValue() + "\":" + periods(e.getValue()))
        .collect(Collectors.joining(","));
    String exceptions = hours.exceptions().stream()
        .map(x -> "\"" + Dates.iso(x.date()) + "\":" + periods(x.periods()))
        .collect(Collectors.joining(","));
    return "{\"w\":{" + weekly + "},\"x\":{" + exceptions + "},\"a\":" + hours.appointment() + "}";
  }

  private static String periods(List<TimeRange> ranges) {
    return ranges.stream().map(r -> "[" + r.start() + "," + r.end() + "]")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static List<String> texts(List<TimeRange> ranges) {
    return ranges.stream().map(TimeRange::toString).toList();
  }

  static String key(DayOfWeek day) {
    return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
  }

}

package org.redpress.content;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redpress.calendar.Recurrence;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.yaml.YamlMapping;

/**
 * The rules of an activity that span fields: the end after the start, a reason for a cancelled
 * or postponed one, and a recurrence that parses and stays within {@link Recurrence#LIMIT} occurrences in
 * the {@link Recurrence#WINDOW_MONTHS} months from its start (the window pages expand, so pages and the
 * check agree, whatever the build date).
 */
final class ActivityChecks {

  static final int WINDOW_MONTHS = Recurrence.WINDOW_MONTHS;
  static final int LIMIT = Recurrence.LIMIT;

  private ActivityChecks() {}

  static void check(YamlMapping fields, Map<String, Object> f, Diagnostics diagnostics) {
    LocalDateTime start = (LocalDateTime) f.get("start");
    LocalDateTime end = (LocalDateTime) f.get("end");
    if (start != null && end != null && !end.isAfter(start)) {
      diagnostics.error("E-ACTIVITY-END", at(fields, "end"), f.get("end").toString().replace('T', ' '),
          start.toString().replace('T', ' '));
    }
    String state = (String) f.get("state");
    if (("cancelled".equals(state) || "postponed".equals(state)) && f.get("reason") == null) {
      diagnostics.error("E-ACTIVITY-REASON", at(fields, "state"), state);
    }
    String rule = (String) f.get("rrule");
    if (rule != null && start != null) {
      List<String> problems = new ArrayList<>();
      Recurrence.parse(rule, start, problems).ifPresentOrElse(r -> {
        int count = r.between(start, start.plusMonths(WINDOW_MONTHS), LIMIT).size();
        if (count > LIMIT) {
          diagnostics.error("E-RRULE-LIMIT", at(fields, "rrule"), rule, WINDOW_MONTHS, LIMIT);
        }
      }, () -> diagnostics.error("E-RRULE", at(fields, "rrule"), rule, String.join("; ", problems)));
    }
  }

  private static SourcePosition at(YamlMapping fields, String name) {
    return fields.get(name).map(n -> n.at()).orElse(fields.at());
  }
}

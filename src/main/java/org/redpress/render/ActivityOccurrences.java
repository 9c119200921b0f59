package org.redpress.render;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.redpress.calendar.Recurrence;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.model.SiteModel;

/**
 * When the site's activities happen relative to the build date (the model's today, Asia/Shanghai):
 * each occurrence from today's midnight to {@link Recurrence#WINDOW_MONTHS} months on (a rule is
 * expanded only there, at most {@link Recurrence#LIMIT} times), and the activities that are over.
 */
final class ActivityOccurrences {

  /** One time an activity happens; {@code end} is null when the activity gives none. */
  record Occurrence(Record.Activity activity, LocalDateTime start, LocalDateTime end) {}

  private final List<Occurrence> upcoming = new ArrayList<>();
  private final List<Occurrence> past = new ArrayList<>();

  ActivityOccurrences(SiteModel model) {
    LocalDateTime from = model.today().atStartOfDay();
    LocalDateTime to = from.plusMonths(Recurrence.WINDOW_MONTHS);
    for (Record r : model.ofType(RecordType.ACTIVITY)) {
      Record.Activity a = (Record.Activity) r;
      List<LocalDateTime> next = occurrences(a, from, to);
      next.forEach(t -> upcoming.add(at(a, t)));
      // A one-off beyond the window is neither coming up yet nor over.
      if (next.isEmpty() && a.start().isBefore(from)) {
        past.add(at(a, lastBefore(a, from)));
      }
    }
    upcoming.sort(Comparator.comparing(Occurrence::start).thenComparing(o -> o.activity().id()));
    past.sort(Comparator.comparing(Occurrence::start).reversed().thenComparing(o -> o.activity().id()));
  }

  /** Every occurrence in the window, soonest first. */
  List<Occurrence> upcoming() {
    return List.copyOf(upcoming);
  }

  /** Activities that started before today and have no occurrence in the window, each at its last start, latest first. */
  List<Occurrence> past() {
    return List.copyOf(past);
  }

  /** The occurrences of one activity in the window. */
  List<Occurrence> upcomingOf(Record.Activity a) {
    return upcoming.stream().filter(o -> o.activity().id().equals(a.id())).toList();
  }

  private static List<LocalDateTime> occurrences(Record.Activity a, LocalDateTime from, LocalDateTime to) {
    Optional<Recurrence> rule = rule(a);
    if (rule.isEmpty()) {
      return !a.start().isBefore(from) && a.start().isBefore(to) ? List.of(a.start()) : List.of();
    }
    List<LocalDateTime> all = rule.get().between(from, to, Recurrence.LIMIT);
    return all.subList(0, Math.min(all.size(), Recurrence.LIMIT));
  }

  /** The last start before {@code from} (the start itself when the rule never ran before then). */
  private static LocalDateTime lastBefore(Record.Activity a, LocalDateTime from) {
    Optional<Recurrence> rule = rule(a);
    if (rule.isEmpty() || !a.start().isBefore(from)) {
      return a.start();
    }
    // Rules are checked to stay under the limit per window, so walking window by window is bounded.
    LocalDateTime last = a.start();
    for (LocalDateTime w = a.start(); w.isBefore(from); w = w.plusMonths(Recurrence.WINDOW_MONTHS)) {
      LocalDateTime end = w.plusMonths(Recurrence.WINDOW_MONTHS).isBefore(from) ? w.plusMonths(Recurrence.WINDOW_MONTHS) : from;
      List<LocalDateTime> some = rule.get().between(w, end, Recurrence.LIMIT);
      if (!some.isEmpty()) {
        last = some.get(some.size() - 1);
      }
    }
    return last;
  }

  private static Optional<Recurrence> rule(Record.Activity a) {
    return a.rrule() == null ? Optional.empty() : Recurrence.parse(a.rrule(), a.start(), new ArrayList<>());
  }

  private static Occurrence at(Record.Activity a, LocalDateTime start) {
    LocalDateTime end = a.end() == null ? null : start.plus(Duration.between(a.start(), a.end()));
    return new Occurrence(a, start, end);
  }
}

package org.redpress.render;

import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.model.RecordKey;

/** The views of activities: cards of occurrences, an activity page's facts, the lists by time. */
final class ActivityViews {

  static final int HOME_ACTIVITIES = 4;
  static final int PAGE_OCCURRENCES = 6;
  /** A venue or organization page lists this many past activities; the rest are in its full list. */
  static final int PLACE_PAST = 3;
  /** The types whose pages list their activities by time: where they happen, who organizes them. */
  static final Set<RecordType> PLACES = Set.of(RecordType.VENUE, RecordType.ORGANIZATION);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final ViewFactory views;
  private final ActivityOccurrences occurrences;

  ActivityViews(ViewFactory views) {
    this.views = views;
    this.occurrences = new ActivityOccurrences(views.model());
  }

  ActivityCard card(ActivityOccurrences.Occurrence o) {
    Record.Activity a = o.activity();
    return new ActivityCard(views.links().href(views.model().path(RecordKey.of(a))), a.meta().title(),
        ISO.format(o.start()), when(o), o.end() == null ? null : CLOCK.format(o.end()),
        a.venue() == null ? null : views.link(new RecordKey(RecordType.VENUE, a.venue().id())).orElse(null),
        a.state() == null ? "scheduled" : a.state(), a.rrule() != null);
  }

  /** 2026年12月20日（周日）09:00. */
  String when(ActivityOccurrences.Occurrence o) {
    return views.text("activity.when", views.date(o.start().toLocalDate()),
        views.text("day." + o.start().getDayOfWeek().name().substring(0, 3).toLowerCase(Locale.ROOT)),
        CLOCK.format(o.start()));
  }

  /** The whole calendar's href; null when there is no activity (so no file). */
  String calendarHref() {
    return views.model().ofType(RecordType.ACTIVITY).isEmpty() ? null : views.links().href(CalendarStep.ALL);
  }

  /** 近期活动: like a venue's page, each coming activity once at its next occurrence, so a monthly meeting takes one place. */
  List<ActivityCard> home() {
    Set<String> seen = new HashSet<>();
    return occurrences.upcoming().stream().filter(o -> seen.add(o.activity().id()))
        .limit(HOME_ACTIVITIES).map(this::card).toList();
  }

  ListView.ActivityLists lists() {
    return new ListView.ActivityLists(occurrences.upcoming().stream().map(this::card).toList(),
        occurrences.past().stream().map(this::card).toList(),
        views.model().ofType(RecordType.ACTIVITY).isEmpty() ? null : views.links().href(CalendarStep.ALL));
  }

  /**
   * The activities at a venue (or organized by an organization): each coming one once, at its next
   * occurrence, soonest first (a monthly meeting would otherwise fill the page with itself; its own
   * page lists its dates), then the latest past.
   */
  RecordView.PlaceActivities of(RecordKey place, String title, int total, LinkView more) {
    Predicate<ActivityOccurrences.Occurrence> here = o -> {
      Record.Activity a = o.activity();
      return place.type() == RecordType.VENUE ? a.venue() != null && a.venue().id().equals(place.id())
          : a.organizer() != null && a.organizer().id().equals(place.id());
    };
    Set<String> seen = new HashSet<>();
    return new RecordView.PlaceActivities(title,
        occurrences.upcoming().stream().filter(here).filter(o -> seen.add(o.activity().id()))
            .limit(PAGE_OCCURRENCES).map(this::card).toList(),
        occurrences.past().stream().filter(here).limit(PLACE_PAST).map(this::card).toList(), total, more);
  }

  RecordView.ActivityFacts facts(Record.Activity a) {
    ActivityOccurrences.Occurrence first = new ActivityOccurrences.Occurrence(a, a.start(), a.end());
    List<ActivityCard> next = occurrences.upcomingOf(a).stream().limit(PAGE_OCCURRENCES).map(this::card).toList();
    String recurrence = null;
    if (a.rrule() != null) {
      String freq = a.rrule().toUpperCase(Locale.ROOT).replaceAll(".*FREQ=([A-Z]+).*", "$1");
      String interval = a.rrule().toUpperCase(Locale.ROOT).matches(".*INTERVAL=\\d+.*")
          ? a.rrule().toUpperCase(Locale.ROOT).replaceAll(".*INTERVAL=(\\d+).*", "$1") : "1";
      recurrence = views.messages().find("activity.recurrence." + freq + "." + interval)
          .orElse(views.text("activity.recurrence.other", a.rrule()));
    }
    Record.SignUp s = a.signup();
    return new RecordView.ActivityFacts(when(first), a.end() == null ? null : when(
        new ActivityOccurrences.Occurrence(a, a.end(), null)), recurrence, next,
        a.venue() == null ? null : views.link(new RecordKey(RecordType.VENUE, a.venue().id())).orElse(null),
        a.organizer() == null ? null
            : views.link(new RecordKey(RecordType.ORGANIZATION, a.organizer().id())).orElse(null),
        a.agenda(), a.audience(), s == null ? null : s.contact(), s == null ? null : s.limit(),
        s == null || s.deadline() == null ? null : views.date(s.deadline()),
        a.state() == null ? "scheduled" : a.state(), a.reason(),
        views.links().href(CalendarStep.path(a.id())));
  }
}

package org.redpress.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * One RRULE starting at a local Asia/Shanghai time. {@link #parse} refuses what does not parse;
 * {@link #between} lists the occurrences in a window, never more than a limit.
 */
public final class Recurrence {

  /** Pages and checks list a rule's occurrences this many months ahead. */
  public static final int WINDOW_MONTHS = 12;

  /** At most this many occurrences in a window: weekly fits (53), daily does not. */
  public static final int LIMIT = 60;

  /** The alliance's zone: every activity time is local time here. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9=;,+\\-]+");

  private final String rule;
  private final LocalDateTime start;
  private final VEvent event;

  private Recurrence(String rule, LocalDateTime start, VEvent event) {
    this.rule = rule;
    this.start = start;
    this.event = event;
  }

  /** The rule as the iCalendar files carry it. */
  public String rule() {
    return rule;
  }

  /** The rule's frequency (DAILY, WEEKLY, MONTHLY, YEARLY …). */
  public String frequency() {
    return event.getRecurrenceRule().getValue().getFrequency().name();
  }

  /** The rule's interval (1 when not written). */
  public int interval() {
    Integer i = event.getRecurrenceRule().getValue().getInterval();
    return i == null ? 1 : i;
  }

  /** The rule from {@code start}, or empty when it does not parse as RFC 5545 (a reason is in {@code problems}). */
  public static Optional<Recurrence> parse(String rule, LocalDateTime start, List<String> problems) {
    String text = rule.strip().toUpperCase(Locale.ROOT);
    if (text.startsWith("RRULE:")) {
      text = text.substring("RRULE:".length());
    }
    if (!SHAPE.matcher(text).matches() || !text.matches("(^|.*;)FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;.*|$)")) {
      problems.add("FREQ");
      return Optional.empty();
    }
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//redpress//check//ZH\r\nBEGIN:VEVENT\r\n"
        + "DTSTART:" + ICS.format(start) + "\r\nRRULE:" + text + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    List<List<ParseWarning>> warnings = new ArrayList<>();
    ICalendar cal = Biweekly.parse(ics).warnings(warnings).first();
    List<String> found = warnings.stream().flatMap(List::stream).map(ParseWarning::getMessage).toList();
    if (cal == null || cal.getEvents().isEmpty() || cal.getEvents().get(0).getRecurrenceRule() == null
        || !found.isEmpty()) {
      problems.addAll(found.isEmpty() ? List.of("RRULE") : found);
      return Optional.empty();
    }
    return Optional.of(new Recurrence(text, start, cal.getEvents().get(0)));
  }

  /**
   * The occurrences from {@code from} (inclusive) to {@code to} (exclusive), at most {@code limit
   * + 1} of them, so a caller can tell "more than the limit" apart.
   */
  public List<LocalDateTime> between(LocalDateTime from, LocalDateTime to, int limit) {
    // The rule's DTSTART is floating (wall-clock) time; iterating it as UTC keeps the wall clock,
    // and Asia/Shanghai has no daylight saving time to shift it.
    DateIterator it = event.getDateIterator(TimeZone.getTimeZone("UTC"));
    it.advanceTo(java.util.Date.from(from.toInstant(ZoneOffset.UTC)));
    List<LocalDateTime> out = new ArrayList<>();
    while (it.hasNext() && out.size() <= limit) {
      LocalDateTime t = LocalDateTime.ofInstant(it.next().toInstant(), ZoneOffset.UTC);
      if (!t.isBefore(to)) {
        break;
      }
      if (!t.isBefore(from)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The start the rule counts from. */
  public LocalDateTime start() {
    return start;
  }
}

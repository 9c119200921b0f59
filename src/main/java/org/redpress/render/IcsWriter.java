package org.redpress.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.redpress.content.Record;

/**
 * Writes iCalendar (RFC 5545) by hand, byte-stable: one VTIMEZONE for Asia/Shanghai (UTC+8 all
 * year since 1991), events in local time with TZID, recurrences kept as their RRULE, UIDs made of
 * the record id and the site's host so they never change, DTSTAMP from the build date (no clock).
 */
final class IcsWriter {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final String CRLF = "\r\n";

  /** What one VEVENT says besides the record: where, the page, the site's host. */
  record Event(Record.Activity activity, String location, String url, String description) {}

  private final String host;
  private final String calendarName;
  private final LocalDate stamp;

  IcsWriter(String host, String calendarName, LocalDate stamp) {
    this.host = host;
    this.calendarName = calendarName;
    this.stamp = stamp;
  }

  String calendar(List<Event> events) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//redpress//activities//ZH");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(calendarName));
    line(out, "X-WR-TIMEZONE:Asia/Shanghai");
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:Asia/Shanghai");
    line(out, "BEGIN:STANDARD");
    line(out, "DTSTART:19700101T000000");
    line(out, "TZOFFSETFROM:+0800");
    line(out, "TZOFFSETTO:+0800");
    line(out, "TZNAME:CST");
    line(out, "END:STANDARD");
    line(out, "END:VTIMEZONE");
    events.forEach(e -> event(out, e));
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  private void event(StringBuilder out, Event e) {
    Record.Activity a = e.activity();
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + a.id() + "@" + host);
    line(out, "DTSTAMP:" + stamp.format(DateTimeFormatter.BASIC_ISO_DATE) + "T000000Z");
    line(out, "DTSTART;TZID=Asia/Shanghai:" + local(a.start()));
    if (a.end() != null) {
      line(out, "DTEND;TZID=Asia/Shanghai:" + local(a.end()));
    }
    if (a.rrule() != null) {
      line(out, "RRULE:" + a.rrule().strip().toUpperCase(Locale.ROOT).replaceFirst("^RRULE:", ""));
    }
    line(out, "SUMMARY:" + text(a.meta().title()));
    if (e.location() != null) {
      line(out, "LOCATION:" + text(e.location()));
    }
    if (e.description() != null && !e.description().isBlank()) {
      line(out, "DESCRIPTION:" + text(e.description()));
    }
    line(out, "URL:" + e.url());
    line(out, "STATUS:" + ("cancelled".equals(a.state()) ? "CANCELLED"
        : "postponed".equals(a.state()) ? "TENTATIVE" : "CONFIRMED"));
    line(out, "END:VEVENT");
  }

  private static String local(LocalDateTime t) {
    return LOCAL.format(t);
  }

  /** TEXT escaping: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /** Appends a content line folded at 75 octets, never inside a UTF-8 character. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append(CRLF);
  }
}

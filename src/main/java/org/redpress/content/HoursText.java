package org.redpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one day's opening periods as editors write them: {@code 09:00-11:30, 14:00-17:00}
 * (also with ：, －, ～, 至, 、, ，, ；) or a word for closed ({@code 休息}, {@code 闭馆}).
 */
final class HoursText {

  static final Set<String> CLOSED = Set.of("休息", "闭馆", "不开放", "closed");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,2})[:：](\\d{2})\\s*(?:-|－|–|—|~|～|至|到)\\s*(\\d{1,2})[:：](\\d{2})");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，、;；]\\s*");

  /** What went wrong with a text: the piece that does not parse, or two pieces that overlap. */
  sealed interface Problem {
    record Unreadable(String piece) implements Problem {}

    record Backwards(String piece) implements Problem {}

    record Overlap(String first, String second) implements Problem {}
  }

  /** The periods in order of start, or the first problem. */
  static Result parse(String text) {
    String trimmed = text.strip();
    if (CLOSED.contains(trimmed)) {
      return new Result(List.of(), Optional.empty());
    }
    List<TimeRange> ranges = new ArrayList<>();
    for (String piece : SEPARATOR.split(trimmed, -1)) {
      Matcher m = RANGE.matcher(piece);
      if (!m.matches()) {
        return problem(new Problem.Unreadable(piece));
      }
      int start = minutes(m.group(1), m.group(2));
      int end = minutes(m.group(3), m.group(4));
      if (start < 0 || end < 0 || start >= 1440) {
        return problem(new Problem.Unreadable(piece));
      }
      if (end <= start) {
        return problem(new Problem.Backwards(piece));
      }
      TimeRange range = new TimeRange(start, end);
      for (TimeRange other : ranges) {
        if (other.overlaps(range)) {
          return problem(new Problem.Overlap(other.toString(), range.toString()));
        }
      }
      ranges.add(range);
    }
    ranges.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Result(ranges, Optional.empty());
  }

  private static Result problem(Problem p) {
    return new Result(List.of(), Optional.of(p));
  }

  /** Minutes after midnight, -1 when the clock does not exist (24:00 is allowed as an end). */
  private static int minutes(String hours, String mins) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(mins);
    if (m > 59 || h > 24 || (h == 24 && m != 0)) {
      return -1;
    }
    return h * 60 + m;
  }

  /** Parsed periods, or a problem. */
  record Result(List<TimeRange> ranges, Optional<Problem> problem) {}

  private HoursText() {}
}

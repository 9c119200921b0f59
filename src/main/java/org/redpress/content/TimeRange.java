package org.redpress.content;

/** An opening period of one day in minutes after midnight: start inclusive, end exclusive (1440 = 24:00). */
public record TimeRange(int start, int end) {

  /** Whether the two periods share a minute. */
  public boolean overlaps(TimeRange other) {
    return start < other.end && other.start < end;
  }

  /** {@code 09:00-11:30}. */
  @Override
  public String toString() {
    return clock(start) + "-" + clock(end);
  }

  /** {@code 09:05} for 545. */
  public static String clock(int minutes) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }
}

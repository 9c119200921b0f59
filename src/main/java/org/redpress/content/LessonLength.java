package org.redpress.content;

import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.CjkText;
import org.redpress.yaml.YamlMapping;

/**
 * Checks a material's declared {@code minutes} against the time its text takes to read (about 400
 * Han characters a minute), so a "15 分钟" lesson of 200 characters does not go unnoticed.
 *
 * <p>The tolerance is wide on purpose: a lesson may hold a discussion question or an exercise, so
 * up to twice the reading time plus five minutes is honest; less than half the reading time is
 * not. Outside that band the declared length is reported as a warning at the {@code minutes} field.
 */
final class LessonLength {

  /** Declared minutes may exceed the reading time by this factor … */
  static final int SLACK_FACTOR = 2;

  /** … plus these minutes (questions, a pause to think). */
  static final int SLACK_MINUTES = 5;

  private LessonLength() {}

  /** The longest declared length that {@code readingMinutes} of text can honestly carry. */
  static int longestHonest(int readingMinutes) {
    return readingMinutes * SLACK_FACTOR + SLACK_MINUTES;
  }

  /** The shortest declared length that {@code readingMinutes} of text can honestly carry. */
  static int shortestHonest(int readingMinutes) {
    return Math.max(1, readingMinutes / SLACK_FACTOR);
  }

  /** Warns {@code W-MINUTES} when a material's declared minutes are far from its reading time. */
  static void check(SourceRecord source, Integer declared, Diagnostics diagnostics) {
    if (declared == null) {
      return;
    }
    String body = source.body() == null ? "" : source.body();
    int reading = CjkText.readingMinutes(body);
    if (declared > longestHonest(reading) || declared < shortestHonest(reading)) {
      YamlMapping fields = source.fields();
      var at = fields.entries().stream().filter(e -> e.key().equals("minutes"))
          .map(YamlMapping.Entry::keyAt).findFirst().orElse(fields.at());
      diagnostics.warning("W-MINUTES", at, declared, CjkText.hanCount(body), reading,
          shortestHonest(reading), longestHonest(reading));
    }
  }
}

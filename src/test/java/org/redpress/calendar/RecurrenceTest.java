package org.redpress.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static Recurrence rule(String text, LocalDateTime start) {
    List<String> problems = new ArrayList<>();
    return Recurrence.parse(text, start, problems).orElseThrow(() -> new AssertionError(problems));
  }

  @Test
  void expandsAQuarterlyRuleInWallClockTimeWithinTheWindow() {
    Recurrence r = rule("FREQ=MONTHLY;INTERVAL=3", LocalDateTime.of(2026, 1, 15, 9, 30));
    assertThat(r.between(LocalDateTime.of(2026, 3, 1, 0, 0), LocalDateTime.of(2027, 3, 1, 0, 0), 60))
        .containsExactly(LocalDateTime.of(2026, 4, 15, 9, 30), LocalDateTime.of(2026, 7, 15, 9, 30),
            LocalDateTime.of(2026, 10, 15, 9, 30), LocalDateTime.of(2027, 1, 15, 9, 30));
    assertThat(r.frequency()).isEqualTo("MONTHLY");
    assertThat(r.interval()).isEqualTo(3);
  }

  @Test
  void stopsOneAfterTheLimitSoCallersSeeTheOverflow() {
    Recurrence r = rule("FREQ=DAILY", LocalDateTime.of(2026, 1, 1, 8, 0));
    assertThat(r.between(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0), 60)).hasSize(61);
  }

  @Test
  void honoursUntilAndCount() {
    assertThat(rule("FREQ=WEEKLY;COUNT=3", LocalDateTime.of(2026, 1, 1, 8, 0))
        .between(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0), 60)).hasSize(3);
    assertThat(rule("FREQ=WEEKLY;UNTIL=20260120T000000", LocalDateTime.of(2026, 1, 1, 8, 0))
        .between(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0), 60)).hasSize(3);
  }
}

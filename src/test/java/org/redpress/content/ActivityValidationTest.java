package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;

class ActivityValidationTest {

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private Record.Activity activity(String fields) {
    ResolvedContent c = ContentFixture.resolve(dir, "-- content/activities/a.yaml --\ntitle: 联席会议\n" + fields,
        diagnostics);
    return c.records().stream().filter(r -> r instanceof Record.Activity).map(r -> (Record.Activity) r).findFirst()
        .orElse(null);
  }

  private Diagnostic onlyError() {
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void buildsARecurringActivityWithSignUpAndState() {
    Record.Activity a = activity("""
        start: 2026-11-10 14:30
        end: 2026-11-10 16:00
        rrule: FREQ=MONTHLY;INTERVAL=3
        signup: {contact: 王老师, limit: 30, deadline: 2026-11-01}
        state: 延期
        reason: 场地维修
        """);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(a.start()).isEqualTo(LocalDateTime.of(2026, 11, 10, 14, 30));
    assertThat(a.end()).isEqualTo(LocalDateTime.of(2026, 11, 10, 16, 0));
    assertThat(a.rrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3");
    assertThat(a.signup().limit()).isEqualTo(30);
    assertThat(a.state()).isEqualTo("postponed");
    assertThat(a.meta().date()).as("undated, so never held back as future-dated").isNull();
  }

  @Test
  void rejectsAnEndBeforeItsStartAtTheEnd() {
    activity("start: 2026-11-10 14:30\nend: 2026-11-10 09:00\n");
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-ACTIVITY-END");
    assertThat(d.at().line()).isEqualTo(3);
    assertThat(d.args()).containsExactly("2026-11-10 09:00", "2026-11-10 14:30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MONTHLY", "FREQ=FORTNIGHTLY", "FREQ=MONTHLY;BYDAY=XX", "FREQ=WEEKLY;COUNT=abc", "每月一次"})
  void rejectsARuleThatIsNotRfc5545AtItsLine(String rule) {
    activity("start: 2026-11-10 14:30\nrrule: \"" + rule + "\"\n");
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-RRULE");
    assertThat(d.at().line()).isEqualTo(3);
  }

  @Test
  void rejectsARuleWithMoreOccurrencesInTheWindowThanTheLimit() {
    activity("start: 2026-11-10 14:30\nrrule: FREQ=DAILY\n");
    assertThat(onlyError().code()).isEqualTo("E-RRULE-LIMIT");
  }

  @Test
  void acceptsADailyRuleBoundedByCount() {
    activity("start: 2026-11-10 14:30\nrrule: FREQ=DAILY;COUNT=10\n");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void rejectsACancelledActivityWithoutAReasonAtItsState() {
    activity("start: 2026-11-10 14:30\nstate: cancelled\n");
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-ACTIVITY-REASON");
    assertThat(d.at().line()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-10", "2026/11/10 14:30", "2026-11-10 25:00", "2026-02-30 09:00", "下午两点"})
  void rejectsATimeItCannotRead(String time) {
    activity("start: \"" + time + "\"\n");
    assertThat(onlyError().code()).isEqualTo("E-DATETIME");
  }
}

package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.geo.Datum;

class VenueValidationTest {

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private Record.Venue venue(String fields) {
    ResolvedContent c = ContentFixture.resolve(dir, "-- content/venues/hall.yaml --\nname: 展览馆\ntype: station\n" + fields,
        diagnostics);
    return c.records().stream().filter(r -> r instanceof Record.Venue).map(r -> (Record.Venue) r).findFirst()
        .orElse(null);
  }

  private Diagnostic onlyError() {
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void buildsAVisitableVenueWithStructuredAddressHoursPhoneAndAccess() {
    Record.Venue v = venue("""
        street: 某街道
        community: 某社区
        house_number: 某路 1 号
        location: {lat: 32.53, lng: 120.46, datum: 百度}
        opening:
          weekly:
            mon: "14:00-17:00, 09:00-11:30"
            sat: 休息
          exceptions:
            - {date: 2026-10-02, hours: 休息, reason: 国庆节}
            - {date: 2026-10-01, hours: "09:00～12:00"}
          appointment: true
        phone: 0513-8888 8888 转 12
        capacity: 40
        accessibility: [step-free, 无障碍卫生间]
        """);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(v.parts()).isEqualTo(new Record.Address("某街道", "某社区", "某路 1 号"));
    assertThat(v.location()).isEqualTo(new Location(32.53, 120.46, Datum.BD09));
    assertThat(v.opening().weekly()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    assertThat(v.opening().weekly().get(DayOfWeek.MONDAY))
        .containsExactly(new TimeRange(540, 690), new TimeRange(840, 1020));
    assertThat(v.opening().weekly().get(DayOfWeek.SATURDAY)).isEmpty();
    assertThat(v.opening().exceptions()).extracting(OpeningHours.Exception::date)
        .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
    assertThat(v.opening().appointment()).isTrue();
    assertThat(v.dialablePhone()).isEqualTo("051388888888,12");
    assertThat(v.capacity()).isEqualTo(40);
    assertThat(v.accessibility()).containsExactly("step-free", "toilet");
  }

  @Test
  void rejectsCoordinatesOutsideChinaAtTheLocation() {
    venue("""
        location:
          lat: 120.46
          lng: 32.53
          datum: gcj02
        """);
    // 120 is no latitude at all: the range check of lat speaks first.
    assertThat(onlyError().code()).isEqualTo("E-RANGE");
  }

  @Test
  void rejectsSwappedCoordinatesThatAreStillValidDegrees() {
    venue("""
        location:
          lat: 48.85
          lng: 2.35
          datum: wgs84
        """);
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-LOCATION-CHINA");
    assertThat(d.at().line()).isEqualTo(4);
    assertThat(d.args()).containsExactly("48.85", "2.35");
  }

  @Test
  void requiresTheDatumOfCoordinates() {
    venue("location: {lat: 32.5, lng: 120.4}\n");
    assertThat(onlyError().code()).isEqualTo("E-REQUIRED");
    assertThat(onlyError().args()).containsExactly("datum");
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "138 1234 5678", "+86 138-1234-5678", "0513-88888888", "(0513) 8888 8888",
      "010-12345678 转 801", "400-123-4567", "12345"})
  void acceptsChinesePhoneNumbers(String phone) {
    Record.Venue v = venue("phone: \"" + phone + "\"\n");
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(v.phone()).isEqualTo(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1381234567", "23812345678", "513-8888888", "+1 415 555 0100", "电话待定", "138123456789",
      "13812345678 转 2"})
  void rejectsWhatIsNoChinesePhoneNumberAtItsLine(String phone) {
    venue("contact: 王老师\nphone: \"" + phone + "\"\n");
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-PHONE");
    assertThat(d.at().line()).isEqualTo(4);
    assertThat(d.args()).containsExactly("phone", phone);
  }

  @Test
  void rejectsOverlappingPeriodsNamingBoth() {
    venue("""
        opening:
          weekly:
            tue: "09:00-12:00, 11:30-17:00"
        """);
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-HOURS-OVERLAP");
    assertThat(d.at().line()).isEqualTo(5);
    assertThat(d.args()).containsExactly("tue", "09:00-12:00", "11:30-17:00");
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    venue("opening: {exceptions: [{date: 2026-10-01, hours: \"17:00-09:00\"}]}\n");
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-HOURS-ORDER");
    assertThat(d.args()).containsExactly("hours", "17:00-09:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"上午", "9点-11点", "25:00-26:00", "09:60-10:00", "09:00-11:30,"})
  void rejectsHoursItCannotRead(String hours) {
    venue("opening: {weekly: {wed: \"" + hours + "\"}}\n");
    assertThat(onlyError().code()).isEqualTo("E-HOURS");
  }

  @Test
  void acceptsAPeriodUntilMidnight() {
    Record.Venue v = venue("opening: {weekly: {sun: \"18:00-24:00\"}}\n");
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(v.opening().weekly().get(DayOfWeek.SUNDAY)).containsExactly(new TimeRange(1080, 1440));
  }
}

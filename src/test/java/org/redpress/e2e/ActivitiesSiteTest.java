package org.redpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneInfo;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

/**
 * The venues fixture built on 2026-12-07: the calendar files read by an independent iCalendar
 * parser (biweekly), the activity pages and home's 近期活动 relative to that build date.
 */
class ActivitiesSiteTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/venues").toAbsolutePath();
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  @TempDir static Path out;

  @BeforeAll
  static void build() {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new Pipeline(new PipelineOptions(FIXTURE, FIXTURE.resolve("content"),
        Path.of("templates").toAbsolutePath(), out.resolve("site"), false, false, null, LocalDate.of(2026, 12, 7),
        false)).build(diagnostics);
    assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
    for (OutputFile f : result.files()) {
      if (f.path().endsWith(".ics") || f.path().endsWith(".html")) {
        FILES.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
      }
    }
  }

  private static ICalendar parse(String path) {
    List<List<ParseWarning>> warnings = new ArrayList<>();
    ICalendar cal = Biweekly.parse(FILES.get(path)).warnings(warnings).first();
    assertThat(warnings.stream().flatMap(List::stream).toList()).as(path).isEmpty();
    return cal;
  }

  @Test
  void theWholeCalendarParsesWithStableUidsATimezoneAndItsRuleKept() {
    ICalendar cal = parse("activities.ics");
    assertThat(cal.getEvents()).extracting(e -> e.getUid().getValue())
        .containsExactly("guoqu@example.org", "quxiao@example.org", "xuanjiang@example.org",
            "yuanqi@example.org", "yuedu-lianxi-huiyi@example.org");
    TimezoneInfo tz = cal.getTimezoneInfo();
    assertThat(tz.getComponents()).extracting(c -> c.getTimezoneId().getValue()).containsExactly("Asia/Shanghai");
    VEvent monthly = cal.getEvents().get(4);
    assertThat(monthly.getRecurrenceRule().getValue().getFrequency().name()).isEqualTo("MONTHLY");
    // 14:30 in Shanghai is 06:30 UTC.
    assertThat(monthly.getDateStart().getValue().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 11, 10, 14, 30).atZone(SHANGHAI).toInstant());
    assertThat(cal.getEvents().get(1).getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(FILES.get("activities.ics")).contains("\r\n").doesNotContain("\n\n");
  }

  @Test
  void eachActivityHasItsOwnFileWithTheSameEvent() {
    ICalendar one = parse("activities/xuanjiang.ics");
    assertThat(one.getEvents()).singleElement().satisfies(e -> {
      assertThat(e.getUid().getValue()).isEqualTo("xuanjiang@example.org");
      assertThat(e.getSummary().getValue()).isEqualTo("测试宣讲会");
      assertThat(e.getLocation().getValue()).isEqualTo("中间学习点");
    });
  }

  @Test
  void theActivitiesPageListsTheOccurrencesTheParserExpandsInTheWindow() {
    ICalendar cal = parse("activities.ics");
    VEvent monthly = cal.getEvents().get(4);
    DateIterator it = monthly.getDateIterator(TimeZone.getTimeZone(SHANGHAI));
    Date from = Date.from(LocalDate.of(2026, 12, 7).atStartOfDay(SHANGHAI).toInstant());
    Date to = Date.from(LocalDate.of(2027, 12, 7).atStartOfDay(SHANGHAI).toInstant());
    it.advanceTo(from);
    List<String> expected = new ArrayList<>();
    while (it.hasNext()) {
      Date d = it.next();
      if (!d.before(to)) {
        break;
      }
      expected.add(LocalDateTime.ofInstant(d.toInstant(), SHANGHAI).toString());
    }
    assertThat(expected).hasSize(12).first().isEqualTo("2026-12-10T14:30");

    Document list = Jsoup.parse(FILES.get("activities/index.html"));
    List<String> shown = list.select("#upcoming-heading ~ ul li.activity-card").stream()
        .filter(li -> li.selectFirst("a[href$=/yuedu-lianxi-huiyi/]") != null)
        .map(li -> li.selectFirst("time").attr("datetime")).toList();
    assertThat(shown).containsExactlyElementsOf(expected);
    assertThat(list.select("#past-heading ~ ul .card-title").eachText()).containsExactly("测试往期活动");
  }

  @Test
  void homeShowsTheNextActivitiesFromTheBuildDate() {
    Document home = Jsoup.parse(FILES.get("index.html"));
    assertThat(home.select("#activities-heading").text()).isEqualTo("近期活动");
    assertThat(home.select("#activities-heading ~ ul .card-title").eachText())
        .containsExactly("测试月度联席会议", "测试参观活动", "测试宣讲会");
    // The same rule as a venue's page: the monthly meeting once, at its next date.
    assertThat(home.select("#activities-heading ~ ul time").first().attr("datetime")).isEqualTo("2026-12-10T14:30");
    assertThat(home.select("a[href=/activities.ics]")).hasSize(1);
  }

  @Test
  void aVenuePageLinksToItsActivities() {
    Document venue = Jsoup.parse(FILES.get("venues/jinchu-guan/index.html"));
    assertThat(venue.select("a[href=/activities/yuedu-lianxi-huiyi/]")).isNotEmpty();
  }

  @Test
  void aVenuePageListsEachComingActivityAtItsNextOccurrenceAndItsPastApart() {
    Document monthly = Jsoup.parse(FILES.get("venues/jinchu-guan/index.html"));
    // The rule expanded from the build date, shown once at its next occurrence (its own page lists the rest).
    assertThat(monthly.select("#place-activities-heading ~ ul time").eachAttr("datetime"))
        .containsExactly("2026-12-10T14:30");
    assertThat(monthly.select("#place-activities-heading ~ ul .card-meta").text()).contains("定期");
    assertThat(monthly.select("#place-past-heading")).isEmpty();

    Document both = Jsoup.parse(FILES.get("venues/yuanchu-guan/index.html"));
    assertThat(both.select("#place-activities-heading + ul .card-title").eachText()).containsExactly("测试参观活动");
    assertThat(both.select("#place-activities-heading + ul .card-meta").text()).contains("已取消");
    assertThat(both.select("#place-past-heading").text()).isEqualTo("往期活动");
    assertThat(both.select("#place-past-heading + ul .card-title").eachText()).containsExactly("测试往期活动");
    // The venue's own page does not name the venue on each card; the generic reverse links are gone.
    assertThat(both.select(".place-activities .card-meta").text()).doesNotContain("地点");
    assertThat(both.select(".backlinks:not(.place-activities)")).isEmpty();
  }

  @Test
  void anOrganizationPageListsTheActivitiesItOrganizesByTime() {
    Document org = Jsoup.parse(FILES.get("organizations/ceshi-zhibu/index.html"));
    assertThat(org.select("#place-activities-heading").text()).isEqualTo("本组织主办的活动");
    assertThat(org.select("#place-activities-heading + ul .card-title").eachText()).containsExactly("测试宣讲会");
    assertThat(org.select("#place-activities-heading + ul .card-meta").text()).contains("地点：中间学习点");
    assertThat(org.select("#place-past-heading + ul .card-title").eachText()).containsExactly("测试往期活动");
  }

  @Test
  void aOneOffBeyondTheWindowIsNeitherUpcomingNorPast() {
    Document list = Jsoup.parse(FILES.get("activities/index.html"));
    assertThat(list.select(".card-title").eachText()).doesNotContain("测试远期活动");
    Document venue = Jsoup.parse(FILES.get("venues/zhongjian-dian/index.html"));
    assertThat(venue.select(".place-activities .card-title").eachText()).containsExactly("测试宣讲会");
    assertThat(FILES.get("activities.ics")).contains("测试远期活动");
  }

  @Test
  void aVenueWithoutActivitiesHasNoActivitiesSection() {
    Document venue = Jsoup.parse(FILES.get("venues/weizhi-guan/index.html"));
    assertThat(venue.select(".place-activities")).isEmpty();
  }
}

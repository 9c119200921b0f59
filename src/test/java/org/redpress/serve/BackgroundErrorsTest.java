package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the background work after a reload can find — a broken link anywhere in the site, a
 * template error on a page nobody opened — reaches the overlay when it comes.
 */
class BackgroundErrorsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String FILE = "content/practices/volunteers.md";

  @TempDir Path dir;

  @Test
  void aBrokenLinkReloadsFirstAndThenShowsItsErrorUntilFixed() throws Exception {
    try (PreviewFixture site = PreviewFixture.start(dir);
        EventStream events = EventStream.open(site, "/__redpress/events")) {
      events.next("hello", WAIT);
      site.write(FILE, volunteers("[去向不明](/practices/nowhere/)"));
      events.next("reload", WAIT);
      EventStream.Event error = events.next("error", WAIT);
      assertThat(error.data()).contains("E-LINK").contains("/practices/nowhere/");
      assertThat(site.get("/practices/volunteers/").body()).contains("去向不明").contains("redpress-overlay");

      site.write(FILE, volunteers("[展览馆](/venues/hall/)"));
      events.next("reload", WAIT);
      assertThat(site.get("/practices/volunteers/").body()).contains("展览馆").doesNotContain("redpress-overlay");
    }
  }

  @Test
  void aTemplateErrorIsAnsweredWith500AndItsErrorsAndReachesTheOverlay() throws Exception {
    try (PreviewFixture site = PreviewFixture.start(dir);
        EventStream events = EventStream.open(site, "/__redpress/events")) {
      events.next("hello", WAIT);
      Path record = site.project.resolve("templates/record.ftlh");
      String good = Files.readString(record);
      Files.writeString(record, good.replace("</article>", "${nothing.here}</article>"));
      events.next("reload", WAIT);
      HttpResponse<String> page = site.get("/practices/volunteers/");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).contains("E-TEMPLATE").contains("record.ftlh")
          .contains("<script src=\"/__redpress/live.js\" defer></script>");
      assertThat(site.get("/about/").statusCode()).as("a page of another template").isEqualTo(200);
      assertThat(events.next("error", WAIT).data()).contains("E-TEMPLATE");

      Files.writeString(record, good);
      events.next("reload", WAIT);
      assertThat(site.get("/practices/volunteers/").statusCode()).isEqualTo(200);
    }
  }

  private static String volunteers(String link) {
    return "---\ntitle: 志愿服务进小区\ndate: 2019-03-05\nprogram: livelihood\ntags: [志愿服务]\n---\n"
        + "党员志愿服务队每周进小区。" + link + "\n";
  }
}

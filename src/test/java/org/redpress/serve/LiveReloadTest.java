package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves under {@code content/} and {@code templates/} of a previewed project, observed the way a
 * browser observes them: as events on {@code __redpress/events} and as the pages served next.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveReloadTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String PAGE = "/practices/relocation/";
  private static final String FILE = "content/practices/relocation.md";

  @TempDir static Path dir;
  private static PreviewFixture site;
  private static EventStream events;

  @BeforeAll
  static void start() throws InterruptedException {
    site = PreviewFixture.start(dir);
    events = EventStream.open(site, "/__redpress/events");
    events.next("hello", WAIT);
  }

  @AfterAll
  static void stop() {
    events.close();
    site.close();
  }

  @Test
  @Order(1)
  void theEventStreamIsTextEventStream() {
    assertThat(events.response().statusCode()).isEqualTo(200);
    assertThat(events.response().headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
  }

  @Test
  @Order(2)
  void anEditBecomesAReloadEventForEveryPageAndThePageShowsTheEdit() throws Exception {
    site.write(FILE, record("一个月完成拆迁（修订）", "2018-06-30"));
    EventStream.Event reload = events.next("reload", WAIT);
    assertThat(reload.data()).contains("\"all\":true");
    assertThat(site.get(PAGE).body()).contains("一个月完成拆迁（修订）");
    // The index follows the pages; an event naming the search page says it is served.
    assertThat(events.next("search", WAIT).data()).contains("\"paths\":[\"/search/\"]");
    String search = site.get("/api/search?q=" + URLEncoder.encode("修订", StandardCharsets.UTF_8)).body();
    assertThat(search).contains(PAGE);
  }

  @Test
  @Order(3)
  void anEditorsWriteTempThenRenameSaveIsSeenToo() throws Exception {
    Path tmp = site.project.resolve("content/practices/.relocation.md.tmp");
    Files.writeString(tmp, record("一个月完成拆迁（改名保存）", "2018-06-30"));
    Files.move(tmp, site.project.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    assertThat(events.next("reload", WAIT).data()).contains("\"all\":true");
    assertThat(site.get(PAGE).body()).contains("一个月完成拆迁（改名保存）");
  }

  @Test
  @Order(4)
  void aBrokenEditShowsItsErrorsWhileTheLastGoodPageIsStillServedAndAFixClearsThem() throws Exception {
    String goodEtag = site.get(PAGE).headers().firstValue("ETag").orElseThrow();
    site.write(FILE, record("<b>坏</b>的修改", "2018/6/30"));
    EventStream.Event error = events.next("error", WAIT);
    assertThat(error.data()).contains("\"location\":\"content/practices/relocation.md:3:7\"").contains("E-DATE");

    HttpResponse<String> during = site.get(PAGE);
    assertThat(during.statusCode()).isEqualTo(200);
    assertThat(during.body()).contains("一个月完成拆迁（改名保存）")
        .contains("<aside id=\"redpress-overlay\"")
        .contains("<code>content/practices/relocation.md:3:7</code>")
        .contains("&quot;2018/6/30&quot;")
        .doesNotContain("<b>坏</b>");
    assertThat(during.headers().firstValue("ETag")).isNotEqualTo(Optional.of(goodEtag));
    assertThat(site.get(PAGE, "If-None-Match", goodEtag).statusCode()).isEqualTo(200);
    assertThat(site.get("/").body()).contains("redpress-overlay");

    site.write(FILE, record("一个月完成拆迁（已修复）", "2018-06-30"));
    assertThat(events.next("reload", WAIT).data()).contains("\"all\":true");
    assertThat(site.get(PAGE).body()).contains("一个月完成拆迁（已修复）")
        .doesNotContain("redpress-overlay");
    assertThat(site.get("/").body()).doesNotContain("redpress-overlay");
  }

  @Test
  @Order(5)
  void aBrowserThatConnectsDuringAFailureIsToldAtOnce() throws Exception {
    site.write(FILE, record("又坏了", "not-a-date"));
    events.next("error", WAIT);
    try (EventStream late = EventStream.open(site, "/__redpress/events")) {
      assertThat(late.next("error", WAIT).data()).contains("E-DATE");
    }
    site.write(FILE, record("一个月完成拆迁", "2018-06-30"));
    events.next("reload", WAIT);
  }

  @Test
  @Order(6)
  void aTemplateEditReloadsEveryPage() throws Exception {
    Path layout = site.project.resolve("templates/layout.ftlh");
    Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- 模板已修改 --></body>"));
    EventStream.Event reload = events.next("reload", WAIT);
    assertThat(reload.data()).contains("\"all\":true");
    assertThat(site.get("/about/").body()).contains("<!-- 模板已修改 -->");
  }

  @Test
  @Order(7)
  void aBurstOfSavesCostsAtMostTwoRebuilds() throws Exception {
    while (events.poll(Duration.ofMillis(300)) != null) {
      // Drain anything left from the previous test.
    }
    for (int i = 0; i < 30; i++) {
      site.write(FILE, record("连续保存 " + i, "2018-06-30"));
    }
    events.next("reload", WAIT);
    int more = 0;
    for (EventStream.Event e = events.poll(Duration.ofSeconds(3)); e != null; e = events.poll(Duration.ofSeconds(3))) {
      more += e.name().equals("reload") ? 1 : 0; // a "search" event follows each good rebuild
    }
    assertThat(more).isLessThanOrEqualTo(1);
    assertThat(site.get(PAGE).body()).contains("连续保存 29");
  }

  @Test
  @Order(8)
  void requestsDuringARebuildAllSucceedAndEachSeesOneBuild() throws Exception {
    site.write(FILE, record("旧标题甲", "2018-06-30"));
    events.next("reload", WAIT);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicBoolean done = new AtomicBoolean();
    List<Future<List<String>>> clients = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      clients.add(pool.submit(() -> {
        List<String> problems = new ArrayList<>();
        while (!done.get()) {
          HttpResponse<String> r = site.get(PAGE);
          boolean oldOne = r.body().contains("旧标题甲");
          boolean newOne = r.body().contains("新标题乙");
          if (r.statusCode() != 200 || oldOne == newOne) {
            problems.add(r.statusCode() + " old=" + oldOne + " new=" + newOne);
          }
        }
        return problems;
      }));
    }
    site.write(FILE, record("新标题乙", "2018-06-30"));
    events.next("reload", WAIT);
    done.set(true);
    for (var c : clients) {
      assertThat(c.get()).isEmpty();
    }
    pool.shutdown();
  }

  @Test
  @Order(9)
  void servesTheLiveReloadClient() {
    HttpResponse<String> js = site.get("/__redpress/live.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.body()).contains("new EventSource(base + 'events')").contains("textContent")
        .doesNotContain("innerHTML");
  }

  @Test
  @Order(10)
  void aNewRecordFileBecomesAPageAndDeletingItTakesThePageAway() throws Exception {
    // The rebuild reads only the files the watcher names: a new file must still be found.
    site.write("content/practices/new-one.md", record("新加的案例", "2018-07-01"));
    events.next("reload", WAIT);
    assertThat(site.get("/practices/new-one/").body()).contains("新加的案例");

    Files.delete(site.project.resolve("content/practices/new-one.md"));
    events.next("reload", WAIT);
    assertThat(site.get("/practices/new-one/").statusCode()).isEqualTo(404);
  }

  private static String record(String title, String date) {
    return "---\ntitle: " + title + "\ndate: " + date + "\nprogram: development\nvenues: [hall]\n"
        + "tags: [书记项目, 拆迁]\n---\n"
        + "支部带头，一个月完成八十多户拆迁。党员带头，逐户走访。\n";
  }
}

package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the very first build fails there is no last good site: every page explains, and reloads once fixed. */
class FirstBuildFailureTest {

  @TempDir Path dir;

  @Test
  void servesAWaitingPageWithTheErrorsUntilASaveFixesThem() throws Exception {
    String broken = """
        -- content/practices/broken.md --
        ---
        title: 日期写错了
        date: 2018/6/30
        program: fortress
        ---
        正文。
        """;
    try (PreviewFixture site = PreviewFixture.start(dir, "/", broken, PreviewLog.NONE)) {
      assertThat(site.preview.hasSite()).isFalse();
      HttpResponse<String> page = site.get("/practices/relocation/");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.body()).contains("<meta name=\"redpress-waiting\"")
          .contains("<code>content/practices/broken.md:3:7</code>")
          .contains("<script src=\"/__redpress/live.js\" defer></script>");
      assertThat(site.get("/api/search?q=x").statusCode()).isEqualTo(503);

      try (EventStream events = EventStream.open(site, "/__redpress/events")) {
        assertThat(events.next("error", Duration.ofSeconds(10)).data()).contains("broken.md:3:7");
        site.write("content/practices/broken.md",
            "---\ntitle: 日期改好了\ndate: 2018-06-30\nprogram: fortress\n---\n正文。\n");
        events.next("reload", Duration.ofSeconds(20));
      }
      assertThat(site.preview.hasSite()).isTrue();
      assertThat(site.get("/practices/broken/").body()).contains("日期改好了").doesNotContain("redpress-overlay");
    }
  }
}

package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site whose {@code baseUrl} is {@code https://example.org/alliance/} is served under {@code /alliance/}. */
class SubPathTest {

  @TempDir static Path dir;
  private static PreviewFixture site;

  @BeforeAll
  static void start() {
    site = PreviewFixture.start(dir, "/alliance/", PreviewLog.NONE);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void servesTheSiteUnderItsBasePath() {
    HttpResponse<String> home = site.get("/alliance/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("预览测试站点");
    assertThat(site.get("/alliance/practices/relocation/").body()).contains("一个月完成拆迁");
    assertThat(site.preview.uri().getPath()).isEqualTo("/alliance/");
  }

  @Test
  void redirectsTheRootToTheBasePathAndTheBareBasePathToItsSlashForm() {
    HttpResponse<String> root = site.get("/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValue("/alliance/");
    HttpResponse<String> bare = site.get("/alliance");
    assertThat(bare.statusCode()).isEqualTo(301);
    assertThat(bare.headers().firstValue("Location")).hasValue("/alliance/");
    assertThat(site.get("/alliance/practices/relocation").headers().firstValue("Location"))
        .hasValue("/alliance/practices/relocation/");
  }

  @Test
  void answersPathsOutsideTheBaseWithThe404Page() {
    HttpResponse<String> r = site.get("/practices/relocation/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
  }

  @Test
  void loadsTheLiveReloadScriptAndSearchFromUnderTheBasePath() {
    assertThat(site.get("/alliance/").body()).contains("<script src=\"/alliance/__redpress/live.js\" defer></script>");
    assertThat(site.get("/alliance/__redpress/live.js").statusCode()).isEqualTo(200);
    HttpResponse<String> search = site.get("/alliance/api/search?q=%E6%8B%86%E8%BF%81");
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("\"url\":\"/alliance/practices/relocation/\"");
    assertThat(site.get("/api/search?q=%E6%8B%86%E8%BF%81").statusCode()).isEqualTo(200);
  }
}

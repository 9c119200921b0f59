package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redpress.build.PipelineOptions;

class StaticServingTest {

  private final PreviewFixture site = SharedPreview.get();

  @Test
  void servesEachKindOfFileWithItsContentTypeAndCharset() {
    String home = site.get("/").body();
    assertThat(site.get("/").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(type(asset(home, "css"))).isEqualTo("text/css; charset=utf-8");
    assertThat(type(asset(home, "js"))).isEqualTo("text/javascript; charset=utf-8");
    assertThat(type("/feed.xml")).isEqualTo("application/atom+xml; charset=utf-8");
    assertThat(type("/sitemap.xml")).isEqualTo("application/xml");
    assertThat(type("/search/index.json")).isEqualTo("application/json");
    assertThat(type("/media/cover.svg")).isEqualTo("image/svg+xml");
    assertThat(type("/robots.txt")).isEqualTo("text/plain; charset=utf-8");
    assertThat(type("/__redpress/live.js")).isEqualTo("text/javascript; charset=utf-8");
  }

  @Test
  void servesTheCalendarsAsTextCalendarAndTheManifestIconsAndCardsWithTheirTypes(@org.junit.jupiter.api.io.TempDir Path dir) {
    try (PreviewFixture withActivity = PreviewFixture.start(dir, "/", """
        -- content/activities/xuanjiang.yaml --
        title: 测试宣讲会
        start: 2026-03-01 09:00
        end: 2026-03-01 10:00
        """, PreviewLog.NONE)) {
      for (String ics : List.of("/activities.ics", "/activities/xuanjiang.ics")) {
        HttpResponse<String> r = withActivity.get(ics);
        assertThat(r.statusCode()).as(ics).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).as(ics).hasValue("text/calendar; charset=utf-8");
        assertThat(r.body()).startsWith("BEGIN:VCALENDAR");
      }
      assertThat(withActivity.get("/manifest.webmanifest").headers().firstValue("Content-Type"))
          .hasValue("application/manifest+json");
      assertThat(withActivity.get("/icons/icon-180.png").headers().firstValue("Content-Type")).hasValue("image/png");
    }
  }

  @Test
  void servesTheIndexOfAFolderAtItsSlashUrl() {
    HttpResponse<String> page = site.get("/practices/relocation/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("一个月完成拆迁");
  }

  @Test
  void redirectsAUrlWithoutItsSlashPermanentlyKeepingTheQuery() {
    HttpResponse<String> r = site.get("/practices/relocation?from=feed");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/practices/relocation/?from=feed");
  }

  @Test
  void answersAMissingPageWithTheSitesOwn404PageAndStatus404() throws IOException {
    HttpResponse<String> r = site.get("/practices/no-such-record/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    String onDisk = Files.readString(site.project.resolve("site/404.html"));
    assertThat(r.body()).startsWith(onDisk.substring(0, onDisk.indexOf("</body>")));
  }

  @Test
  void neverListsAFolderWithoutAnIndex() {
    HttpResponse<String> r = site.get("/media/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("cover.svg").doesNotContain("big.bin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
  void refusesEveryMethodButGetAndHeadWith405(String method) {
    // No request body: the server answers 405 without reading one and may close the connection
    // while the client still sends it, which java.net.http reports as a broken pipe, not a response.
    HttpResponse<String> r = site.send(HttpRequest.newBuilder(site.uri("/"))
        .method(method, HttpRequest.BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void answersHeadWithTheHeadersOfGetAndNoBody() {
    HttpResponse<String> get = site.get("/practices/relocation/");
    HttpResponse<String> head = site.send(HttpRequest.newBuilder(site.uri("/practices/relocation/"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
  }

  @Test
  void answersAMatchingIfNoneMatchWith304() {
    HttpResponse<String> first = site.get("/practices/relocation/");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = site.get("/practices/relocation/", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(site.get("/practices/relocation/", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void sendsLastModifiedAndHonoursIfModifiedSince() {
    HttpResponse<String> first = site.get("/media/cover.svg");
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(site.get("/media/cover.svg", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
  }

  @Test
  void gzipsTextForClientsThatAcceptItAndStillAnswers304ToItsEtag() throws IOException {
    String plain = site.get("/practices/relocation/").body();
    HttpResponse<byte[]> zipped = site.getBytes("/practices/relocation/", "Accept-Encoding", "gzip");
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }
    String etag = zipped.headers().firstValue("ETag").orElseThrow();
    assertThat(site.getBytes("/practices/relocation/", "Accept-Encoding", "gzip", "If-None-Match", etag)
        .statusCode()).isEqualTo(304);
    String css = asset(site.get("/").body(), "css");
    assertThat(site.getBytes(css, "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void injectsTheLiveReloadScriptIntoHtmlResponsesButNeverIntoSiteFolderOrOtherTypes() throws IOException {
    String home = site.get("/").body();
    assertThat(home).contains("<script src=\"/__redpress/live.js\" defer></script></body>");
    assertThat(Files.readString(site.project.resolve("site/index.html"))).doesNotContain("__redpress");
    assertThat(site.get(asset(home, "css")).body()).doesNotContain("__redpress");
    assertThat(site.get("/feed.xml").body()).doesNotContain("__redpress");
  }

  @Test
  void listensOnLoopbackUnlessToldOtherwise() throws IOException {
    assertThat(PreviewOptions.of(PipelineOptions.forProject(site.project)).host()).isEqualTo("127.0.0.1");
    assertThat(site.preview.host()).isEqualTo("127.0.0.1");
    Optional<InetAddress> external = externalAddress();
    if (external.isPresent()) {
      try (Socket s = new Socket()) {
        assertThat(connects(s, external.get())).as("reachable on %s", external.get()).isFalse();
      }
    }
  }

  @Test
  void survivesClientsThatHangUpInTheMiddleOfAResponse() throws IOException {
    for (int i = 0; i < 20; i++) {
      try (Socket s = new Socket("127.0.0.1", site.preview.port())) {
        OutputStream out = s.getOutputStream();
        out.write("GET /media/big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        s.getInputStream().readNBytes(1000);
        s.setSoLinger(true, 0); // a reset, not a polite close
      }
    }
    assertThat(site.getBytes("/media/big.bin").body()).hasSize(PreviewFixture.BIG);
    assertThat(site.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void servesMediaInASandboxSoAnAttachmentCanNeverActAsTheSite() {
    HttpResponse<String> media = site.get("/media/cover.svg");
    assertThat(media.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).startsWith("sandbox"));
    assertThat(media.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(site.get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).doesNotContain("sandbox"));
  }

  @Test
  void refusesARequestForAnotherHostAgainstDnsRebinding() {
    assertThat(site.raw("GET / HTTP/1.1\r\nHost: evil.example:8080").status()).isEqualTo(403);
    assertThat(site.raw("GET /api/search?q=x HTTP/1.1\r\nHost: evil.example").status()).isEqualTo(403);
    assertThat(site.raw("GET / HTTP/1.1\r\nHost: localhost").status()).isEqualTo(200);
  }

  @Test
  void refusesHeadersOver8KiBWith431AndUrisOver8KiBWith414AsJson() {
    String big = "x".repeat(9 * 1024);
    assertThat(site.raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + big).status()).isEqualTo(431);
    var longPath = site.raw("GET /" + big + " HTTP/1.1\r\nHost: x");
    assertThat(longPath.status()).isEqualTo(414);
    var longQuery = site.raw("GET /api/search?q=" + "%E5%85%9A".repeat(3 * 1024) + " HTTP/1.1\r\nHost: localhost");
    assertThat(longQuery.status()).isEqualTo(414);
    assertThat(longQuery.text()).as("the API's error shape, not an HTML page")
        .contains("Content-Type: application/json", "{\"error\":\"请求地址太长", "\"status\":414}").doesNotContain("<");
  }

  private String type(String path) {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.headers().firstValue("Content-Type").orElseThrow();
  }

  private static String asset(String html, String extension) {
    Matcher m = Pattern.compile("\"(/assets/[^\"]+\\." + extension + ")\"").matcher(html);
    assertThat(m.find()).as("a .%s asset linked from the home page", extension).isTrue();
    return m.group(1);
  }

  private boolean connects(Socket s, InetAddress address) throws IOException {
    try {
      s.connect(new InetSocketAddress(address, site.preview.port()), 2_000);
      return true;
    } catch (ConnectException e) {
      return false;
    }
  }

  private static Optional<InetAddress> externalAddress() throws IOException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (n.isUp() && !n.isLoopback()) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address) {
            return Optional.of(a);
          }
        }
      }
    }
    return Optional.empty();
  }
}

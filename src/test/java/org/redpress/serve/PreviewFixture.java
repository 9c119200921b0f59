package org.redpress.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Messages;
import org.redpress.testing.TestSite;

/**
 * A small project written to a temporary folder (with a copy of the real theme), previewed on a
 * free loopback port, and the clients the tests talk to it with: {@link HttpClient} for ordinary
 * requests and a raw socket for requests no well-behaved client would send.
 */
final class PreviewFixture implements AutoCloseable {

  /** The project's real theme, relative to the Maven working directory. */
  static final Path THEME = Path.of("templates").toAbsolutePath();

  static final String SITE = """
      -- content/site.yaml --
      title: 预览测试站点
      description: 预览服务器测试用
      baseUrl: https://example.org%s
      pagination: 10
      programs:
        - {key: fortress, name: 强堡垒, title: 党建引领强堡垒工程, description: 建强支部。}
        - {key: development, name: 促发展, title: 党建引领促发展工程, description: 服务发展。}
        - {key: livelihood, name: 惠民生, title: 党建引领惠民生工程, description: 为民办事。}
      venueTypes:
        - {key: station, name: 红色加油站, count: 36}
      -- content/practices/relocation.md --
      ---
      title: 一个月完成拆迁
      date: 2018-06-30
      program: development
      venues: [hall]
      tags: [书记项目, 拆迁]
      ---
      支部带头，一个月完成八十多户拆迁。党员带头，逐户走访。
      -- content/practices/volunteers.md --
      ---
      title: 志愿服务进小区
      date: 2019-03-05
      program: livelihood
      tags: [志愿服务]
      ---
      党员志愿服务队每周进小区，为老人理发、量血压。
      -- content/materials/handbook.md --
      ---
      title: 三会一课学习讲义
      date: 2018-05-01
      kind: document
      tags: [三会一课]
      ---
      学习“三会一课”制度。每月按时开展组织生活。
      -- content/venues/hall.yaml --
      name: 红色报刊展览馆
      type: station
      address: 开发区
      -- content/pages/about.md --
      ---
      title: 关于联盟
      menu: 1
      ---
      联盟简介。
      -- content/media/cover.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
      """;

  /** Size of {@code media/big.bin}, for the client that hangs up mid-response. */
  static final int BIG = 4 * 1024 * 1024;

  final Path project;
  final Preview preview;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  private PreviewFixture(Path project, Preview preview) {
    this.project = project;
    this.preview = preview;
  }

  /** The fixture site at the root of its host. */
  static PreviewFixture start(Path dir) {
    return start(dir, "/", PreviewLog.NONE);
  }

  /** The fixture site with {@code baseUrl} ending in {@code basePath} (e.g. {@code /alliance/}). */
  static PreviewFixture start(Path dir, String basePath, PreviewLog log) {
    return start(dir, basePath, "", log);
  }

  /** The fixture site plus the files of {@code moreTxtar} (which may replace some of it). */
  static PreviewFixture start(Path dir, String basePath, String moreTxtar, PreviewLog log) {
    try {
      TestSite.write(dir, SITE.formatted(basePath) + moreTxtar);
      TestSite.writeBytes(dir.resolve("content/media/big.bin"), randomBytes(BIG));
      copyTheme(dir.resolve("templates"));
      PipelineOptions pipeline = PipelineOptions.forProject(dir).withToday(LocalDate.of(2026, 1, 1));
      PreviewOptions options = PreviewOptions.of(pipeline).listeningOn(PreviewOptions.LOOPBACK, 0)
          .withMessages(Messages.forLanguage("zh"));
      return new PreviewFixture(dir, Preview.start(options, log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copyTheme(Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(THEME)) {
      for (Path from : walk.toList()) {
        Path target = to.resolve(THEME.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(target);
        } else {
          Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + preview.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), headers);
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET().timeout(Duration.ofSeconds(20));
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) as is. */
  RawResponse raw(String head) {
    try (Socket socket = new Socket("127.0.0.1", preview.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = response.length() >= 12 ? Integer.parseInt(response.substring(9, 12)) : -1;
      return new RawResponse(status, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status line's code and the whole response, headers and body. */
  record RawResponse(int status, String text) {}

  void write(String relative, String text) throws IOException {
    TestSite.writeFile(project.resolve(relative), text);
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  @Override
  public void close() {
    preview.close();
  }
}

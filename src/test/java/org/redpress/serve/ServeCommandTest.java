package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.cli.Main;
import org.redpress.testing.TestSite;

/** {@code redpress serve} from the command line. */
class ServeCommandTest {

  @TempDir Path dir;
  private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
  /** Completed by the console itself when the address is printed: the test waits on it, not on a clock. */
  private final CompletableFuture<URI> address = new CompletableFuture<>();
  private final StringWriter out = new StringWriter() {
    @Override
    public void flush() {
      Matcher m = URL.matcher(toString());
      if (m.find()) {
        address.complete(URI.create(m.group(1)));
      }
    }
  };
  private final StringWriter err = new StringWriter();

  @Test
  void buildsServesOnLoopbackPrintsWhereAndStopsWhenInterrupted() throws Exception {
    TestSite.write(dir, PreviewFixture.SITE.formatted("/"));
    PreviewFixture.copyTheme(dir.resolve("templates"));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serve = new Thread(() -> exit.set(run("serve", "--port", "0", "--project", dir.toString())));
    serve.start();
    URI uri = awaitAddress();
    assertThat(uri.getHost()).isEqualTo("127.0.0.1");
    HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(out.toString()).contains("构建完成：");
    serve.interrupt();
    serve.join(10_000);
    assertThat(exit.get()).isZero();
  }

  @Test
  void saysWhenThePortIsTakenAndExitsWithAUsageError() throws Exception {
    TestSite.write(dir, "");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThat(run("serve", "--port", String.valueOf(port), "--project", dir.toString())).isEqualTo(2);
      assertThat(err.toString()).contains("无法在 127.0.0.1:" + port + " 上启动预览服务器");
    }
  }

  @Test
  void refusesAPortOutOfRange() {
    assertThat(run("serve", "--port", "70000", "--project", dir.toString())).isEqualTo(2);
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private URI awaitAddress() throws Exception {
    try {
      return address.get(30, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no address printed; out: " + out + " err: " + err, e);
    }
  }

}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Serve benchmark client (not a test; run by bench/serve-bench.sh with the JDK's source launcher):
 * listens to the preview's event stream, saves a file, and times each save until its reload
 * (or error) event arrives, then (given PAGE_URL) the request of that page right after the
 * reload, as the reloading browser sends it: the preview renders it on that request.
 *
 * <pre>java bench/ServeBench.java SITE_URL FILE COUNT LABEL [pause-ms] [PAGE_URL]</pre>
 *
 * Each save appends a line to FILE: a Markdown paragraph for content, an HTML comment before
 * the end of a template (so every page's bytes change).
 */
public class ServeBench {

  record Event(String name, String data, long nanos) {}

  public static void main(String[] args) throws Exception {
    URI site = URI.create(args[0]);
    Path file = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    String label = args[3];
    long pause = args.length > 4 ? Long.parseLong(args[4]) : 500;
    URI page = args.length > 5 ? URI.create(args[5]) : null;
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<java.io.InputStream> stream = http.send(
        HttpRequest.newBuilder(site.resolve("__redpress/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
    Thread reader = new Thread(() -> read(stream, events));
    reader.setDaemon(true);
    reader.start();
    await(events, "hello", 60);
    boolean template = file.toString().endsWith(".ftlh");
    String original = Files.readString(file);
    List<Long> millis = new ArrayList<>();
    List<Double> served = new ArrayList<>();
    int errors = 0;
    for (int i = 1; i <= count; i++) {
      Thread.sleep(pause);
      events.clear();
      long start = System.nanoTime();
      if (template) {
        Files.writeString(file, original.replace("</body>", "<!-- bench " + i + " --></body>"));
      } else {
        Files.writeString(file, "\n基准测试修改第 " + i + " 次。\n", StandardOpenOption.APPEND);
      }
      Event e = awaitAny(events, 900);
      if (e.name().equals("error")) {
        errors++;
      }
      millis.add((e.nanos() - start) / 1_000_000);
      if (page != null) {
        long asked = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());
        served.add((System.nanoTime() - asked) / 1e6);
        if (r.statusCode() != 200) {
          errors++;
        }
      }
      if (count > 20 && i % 20 == 0) {
        System.err.printf("  %s: %d/%d saves%n", label, i, count);
      }
    }
    if (millis.isEmpty()) {
      System.exit(0); // nothing asked (e.g. TEMPLATE_SAVES=0)
    }
    Collections.sort(millis);
    System.out.printf(Locale.ROOT, "%s: saves=%d median_ms=%d p90_ms=%d min_ms=%d max_ms=%d errors=%d%n", label, count,
        millis.get(millis.size() / 2), millis.get(Math.min(millis.size() - 1, millis.size() * 9 / 10)), millis.get(0),
        millis.get(millis.size() - 1), errors);
    if (!served.isEmpty()) {
      Collections.sort(served);
      System.out.printf(Locale.ROOT, "%s_page_served: requests=%d median_ms=%.1f p90_ms=%.1f max_ms=%.1f%n", label,
          served.size(), served.get(served.size() / 2), served.get(Math.min(served.size() - 1, served.size() * 9 / 10)),
          served.get(served.size() - 1));
    }
    System.exit(0);
  }

  private static void read(HttpResponse<java.io.InputStream> stream, BlockingQueue<Event> events) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      String name = "message";
      StringBuilder data = new StringBuilder();
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            events.add(new Event(name, data.toString(), System.nanoTime()));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(line, 6, line.length());
        }
      }
    } catch (Exception e) {
      System.err.println("event stream ended: " + e);
    }
  }

  private static Event await(BlockingQueue<Event> events, String name, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e != null && e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalStateException("no " + name + " event within " + seconds + " s");
  }

  private static Event awaitAny(BlockingQueue<Event> events, long seconds) throws InterruptedException {
    Event e = events.poll(seconds, TimeUnit.SECONDS);
    while (e != null && !e.name().equals("reload") && !e.name().equals("error")) {
      e = events.poll(seconds, TimeUnit.SECONDS);
    }
    if (e == null) {
      throw new IllegalStateException("no reload or error event within " + seconds + " s");
    }
    return e;
  }
}

package org.redpress.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, with a fresh profile, driven over the DevTools protocol. Nothing
 * is downloaded: the browser is {@code /usr/bin/chromium} (or {@code $REDPRESS_CHROMIUM}).
 */
final class Chromium implements AutoCloseable {

  private static final Duration START = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final DevTools devTools;

  /** The browser's path, if there is one to run. */
  static Optional<Path> find() {
    String configured = System.getenv("REDPRESS_CHROMIUM");
    Path path = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * The browser a test class needs: on CI ({@code REDPRESS_REQUIRE_BROWSER=1}) a missing
   * browser or {@code alsoNeeded} file fails the class; elsewhere it skips, saying why.
   */
  static Path requireOrSkip(String testName, Path... alsoNeeded) {
    Optional<Path> chromium = find();
    String missing = chromium.isEmpty() ? "Chromium is missing (apt-get install chromium, or set REDPRESS_CHROMIUM)"
        : Stream.of(alsoNeeded).filter(p -> !Files.isRegularFile(p)).findFirst()
            .map(p -> p + " is missing (run npm ci)").orElse(null);
    if (missing != null) {
      if ("1".equals(System.getenv("REDPRESS_REQUIRE_BROWSER"))) {
        Assertions.fail("REDPRESS_REQUIRE_BROWSER=1 but " + missing);
      }
      System.out.println(testName + " skipped: " + missing);
      Assumptions.abort(missing);
    }
    return chromium.orElseThrow();
  }

  Chromium(Path executable) throws IOException, InterruptedException {
    profile = Files.createTempDirectory("redpress-chromium-");
    process = new ProcessBuilder(executable.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(profile.resolve("chromium.log").toFile())
        .start();
    devTools = DevTools.connect(endpoint());
  }

  /** Chromium writes its DevTools port and browser path into the profile once it listens. */
  private URI endpoint() throws IOException, InterruptedException {
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium exited with " + process.exitValue() + ": " + log());
      }
      if (Files.isRegularFile(active)) {
        List<String> lines = Files.readAllLines(active, StandardCharsets.UTF_8);
        if (lines.size() >= 2) {
          return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Chromium did not open DevTools in " + START.toSeconds() + " s: " + log());
  }

  String log() {
    try {
      return Files.readString(profile.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  String version() {
    return devTools.call(null, "Browser.getVersion", Map.of()).path("product").asText();
  }

  /** A new tab, at {@code width} × {@code height} CSS pixels, one device pixel each. */
  Tab open(int width, int height) {
    String target = devTools.call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    String session = devTools.call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .path("sessionId").asText();
    Tab tab = new Tab(devTools, session);
    tab.call("Page.enable", Map.of());
    // Overlay scrollbars, as on a phone: the window's whole width is the page's.
    tab.call("Emulation.setScrollbarsHidden", Map.of("hidden", true));
    tab.viewport(width, height);
    return tab;
  }

  @Override
  public void close() throws IOException {
    try {
      devTools.close();
    } finally {
      // Chromium's helpers (renderers, network service) are its children: stop them too, and
      // wait for all, so none writes into the profile after it is removed.
      List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
      all.add(process.toHandle());
      all.forEach(ProcessHandle::destroy);
      try {
        for (ProcessHandle p : all) {
          try {
            p.onExit().get(10, TimeUnit.SECONDS);
          } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
          }
        }
      } catch (InterruptedException e) {
        all.forEach(ProcessHandle::destroyForcibly);
        Thread.currentThread().interrupt();
      }
      try (Stream<Path> paths = Files.walk(profile)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One page of the browser. */
  static final class Tab {
    private final DevTools devTools;
    private final String session;
    private boolean closed;

    private Tab(DevTools devTools, String session) {
      this.devTools = devTools;
      this.session = session;
    }

    JsonNode call(String method, Map<String, ?> params) {
      return devTools.call(session, method, params);
    }

    void viewport(int width, int height) {
      call("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Goes to {@code url} and waits for its load event. */
    void go(String url) {
      var loaded = devTools.next(session, "Page.loadEventFired");
      JsonNode result = call("Page.navigate", Map.of("url", url));
      if (result.hasNonNull("errorText")) {
        throw new IllegalStateException(url + ": " + result.get("errorText").asText());
      }
      await(loaded, url);
    }

    void reload() {
      var loaded = devTools.next(session, "Page.loadEventFired");
      call("Page.reload", Map.of());
      await(loaded, "reload");
    }

    private static void await(CompletableFuture<JsonNode> loaded, String what) {
      try {
        loaded.get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException(what + " did not finish loading", e);
      }
    }

    /** The value of a JavaScript expression (a promise is awaited), as JSON. */
    JsonNode eval(String expression) {
      JsonNode result = call("Runtime.evaluate",
          Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** Waits until {@code condition} (a JavaScript expression) is true. */
    boolean waitFor(String condition, Duration limit) throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (System.nanoTime() < deadline) {
        if (eval("!!(" + condition + ")").asBoolean()) {
          return true;
        }
        Thread.sleep(50);
      }
      return false;
    }

    /** A real mouse click in the middle of the first element matching {@code selector}. */
    void click(String selector) {
      JsonNode box = eval("(() => { const e = document.querySelector(" + DevTools.JSON.valueToTree(selector)
          + "); if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
          + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
      if (box.isNull() || box.isMissingNode()) {
        throw new IllegalStateException("nothing matches " + selector);
      }
      for (String type : List.of("mousePressed", "mouseReleased")) {
        call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(),
            "y", box.get("y").asDouble(), "button", "left", "clickCount", 1));
      }
    }

    /** The page from top to bottom, as wide as the window, as PNG bytes. */
    byte[] screenshot() {
      eval("document.fonts.ready.then(() => true)");
      JsonNode size = call("Page.getLayoutMetrics", Map.of());
      JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", size.path("cssLayoutViewport").path("clientWidth").asDouble(),
              "height", size.path("cssContentSize").path("height").asDouble(), "scale", 1)));
      return Base64.getDecoder().decode(shot.path("data").asText());
    }

    boolean isClosed() {
      return closed;
    }

    /** Closes the tab; closing it again does nothing. */
    void close() {
      if (closed) {
        return;
      }
      closed = true;
      devTools.call(null, "Target.closeTarget", Map.of("targetId", call("Target.getTargetInfo", Map.of())
          .path("targetInfo").path("targetId").asText()));
    }
  }
}

package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;

/**
 * A built site served on loopback with a headless Chromium to look at it: the set-up every
 * browser test shares. {@link #start} skips (or, on CI, fails) the test class when Chromium or a
 * file it needs is missing, via {@link Chromium#requireOrSkip}.
 */
final class BrowserSite implements AutoCloseable {

  private final StaticServer server;
  private final Chromium browser;
  private final Path built;

  private BrowserSite(StaticServer server, Chromium browser, Path built) {
    this.server = server;
    this.browser = browser;
    this.built = built;
  }

  /** Serves {@code siteDir} and starts Chromium for {@code testName}. */
  static BrowserSite start(String testName, Path siteDir, Path... alsoNeeded) throws Exception {
    Path chromium = Chromium.requireOrSkip(testName, alsoNeeded);
    return serve(chromium, siteDir, null);
  }

  /**
   * Builds the fixture project {@code fixture} (a folder holding {@code content/}) with the
   * repository's theme on {@code day}, in a copy under a temporary folder (so the processed-image
   * cache never lands in the fixture), then serves it as {@link #start} does.
   */
  static BrowserSite build(String testName, Path fixture, LocalDate day, Path... alsoNeeded) throws Exception {
    Path chromium = Chromium.requireOrSkip(testName, alsoNeeded);
    Path project = Files.createTempDirectory("redpress-browser-");
    copy(fixture.resolve("content"), project.resolve("content"));
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(new PipelineOptions(project, project.resolve("content"), Path.of("templates").toAbsolutePath(),
        project.resolve("site"), false, false, null, day, false)).build(diagnostics);
    assertThat(diagnostics.hasErrors()).as("%s builds: %s", fixture, diagnostics.sorted()).isFalse();
    return serve(chromium, project.resolve("site"), project);
  }

  private static BrowserSite serve(Path chromium, Path siteDir, Path built) throws Exception {
    StaticServer server = new StaticServer(siteDir);
    try {
      return new BrowserSite(server, new Chromium(chromium), built);
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  /** The absolute URL of a site-relative path such as {@code search/?q=x}. */
  String url(String path) {
    return server.url(path);
  }

  /** A new tab of {@code width} × {@code height} CSS pixels. */
  Chromium.Tab open(int width, int height) {
    return browser.open(width, height);
  }

  String version() {
    return browser.version();
  }

  /** Closes a test's tab, forgetting what its pages kept in {@code localStorage}. */
  static void close(Chromium.Tab tab) {
    if (tab != null) {
      tab.eval("localStorage.clear(), true");
      tab.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      browser.close();
    } finally {
      server.close();
      if (built != null) {
        delete(built);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

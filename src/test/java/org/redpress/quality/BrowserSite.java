package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

/**
 * The set-up every browser test shares, as a JUnit extension ({@code @RegisterExtension static}):
 * before the class, a built site served on loopback and a headless Chromium — or a skip (a
 * failure on CI) when Chromium or a file the class needs is missing ({@link
 * Chromium#requireOrSkip}); after each test its tabs are closed with what they kept in {@code
 * localStorage}; after the class, the browser, the server and any build are gone.
 */
final class BrowserSite implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  /** Where the site to serve comes from: built once the browser is known to be there. */
  @FunctionalInterface
  interface Source {
    /** The built site's folder and, when the source built it in a temporary folder, that folder. */
    Built build() throws Exception;
  }

  /** A built site and the temporary folder to remove afterwards (null: nothing to remove). */
  record Built(Path site, Path temporary) {}

  private final Source source;
  private final Path[] alsoNeeded;
  private final List<Chromium.Tab> tabs = new ArrayList<>();
  private Built built;
  private StaticServer server;
  private Chromium browser;

  private BrowserSite(Source source, Path... alsoNeeded) {
    this.source = source;
    this.alsoNeeded = alsoNeeded;
  }

  /** The alliance fixture ({@link BundledSite}), built once per test JVM. */
  static BrowserSite bundled(Path... alsoNeeded) {
    return new BrowserSite(() -> new Built(BundledSite.get().dir, null), alsoNeeded);
  }

  /**
   * The fixture project {@code fixture} (a folder holding {@code content/}) built with the
   * repository's theme on {@code day}, in a temporary copy (so no processed-image cache lands in
   * the fixture).
   */
  static BrowserSite fixture(Path fixture, LocalDate day, Path... alsoNeeded) {
    return new BrowserSite(() -> {
      Path project = Files.createTempDirectory("redpress-browser-");
      TestSite.copyTree(fixture.resolve("content"), project.resolve("content"));
      Diagnostics diagnostics = new Diagnostics();
      new Pipeline(new PipelineOptions(project, project.resolve("content"), Path.of("templates").toAbsolutePath(),
          project.resolve("site"), false, false, null, day, false)).build(diagnostics);
      assertThat(diagnostics.hasErrors()).as("%s builds: %s", fixture, diagnostics.sorted()).isFalse();
      return new Built(project.resolve("site"), project);
    }, alsoNeeded);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Path chromium = Chromium.requireOrSkip(context.getRequiredTestClass().getSimpleName(), alsoNeeded);
    built = source.build();
    server = new StaticServer(built.site());
    browser = new Chromium(chromium);
  }

  /** The absolute URL of a site-relative path such as {@code search/?q=x}. */
  String url(String path) {
    return server.url(path);
  }

  /** A new tab of {@code width} × {@code height} CSS pixels, closed after the test. */
  Chromium.Tab open(int width, int height) {
    Chromium.Tab tab = browser.open(width, height);
    tabs.add(tab);
    return tab;
  }

  String version() {
    return browser.version();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Chromium.Tab tab : tabs) {
      if (!tab.isClosed()) {
        tab.eval("localStorage.clear(), true");
        tab.close();
      }
    }
    tabs.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (built != null && built.temporary() != null) {
        try (Stream<Path> paths = Files.walk(built.temporary())) {
          paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}

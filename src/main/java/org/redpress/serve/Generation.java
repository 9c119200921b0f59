package org.redpress.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.render.SiteRenderer;

/**
 * The pages of one good rebuild, rendered when a browser first asks for them and then kept for
 * as long as this generation is served: a save makes a new generation, and the old one goes with
 * everything it rendered. Thread-safe; two requests for the same file render it once.
 */
final class Generation {

  /** A requested file: the file, or (when rendering it failed) the errors that say why. */
  record Served(Optional<StaticFile> file, List<Diagnostic> errors) {

    Served {
      errors = List.copyOf(errors);
    }
  }

  private final SiteRenderer renderer;
  private final long madeMillis;
  private final Map<String, Served> served = new ConcurrentHashMap<>();

  /** The site of {@code renderer}; its files say they changed at {@code madeMillis}. */
  Generation(SiteRenderer renderer, long madeMillis) {
    this.renderer = renderer;
    this.madeMillis = madeMillis;
  }

  SiteRenderer renderer() {
    return renderer;
  }

  /** The published path prefix, {@code /} or e.g. {@code /alliance/}. */
  String basePath() {
    return renderer.model().config().basePath();
  }

  /** The file at site-relative {@code path}, rendered on the first request. */
  Served file(String path) {
    return served.computeIfAbsent(path, this::render);
  }

  /** Whether the site has an HTML page at {@code path}, without rendering it. */
  boolean hasPage(String path) {
    return renderer.hasPage(path);
  }

  private Served render(String path) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<StaticFile> file = renderer.file(path, diagnostics).map(out -> StaticFile.of(out, madeMillis));
    return new Served(file, diagnostics.sorted().stream().filter(Diagnostic::isError).toList());
  }
}

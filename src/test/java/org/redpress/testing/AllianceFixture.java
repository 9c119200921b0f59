package org.redpress.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import org.redpress.build.PipelineOptions;

/**
 * A frozen copy of the alliance's content ({@code src/test/resources/alliance-site/content}) with
 * the repository's theme: tests that need a real, full site build this, never {@code content/},
 * so an editor's commit can never break the tests (the {@code check} job judges content).
 */
public final class AllianceFixture {

  /** The fixture project (it holds {@code content/} only). */
  public static final Path PROJECT = Path.of("src/test/resources/alliance-site").toAbsolutePath();

  /** The repository's theme. */
  public static final Path THEME = Path.of("templates").toAbsolutePath();

  private AllianceFixture() {}

  /** Options that build the fixture with the theme into {@code out}, on a fixed day. */
  public static PipelineOptions options(Path out) {
    return new PipelineOptions(PROJECT, PROJECT.resolve("content"), THEME, out.toAbsolutePath().normalize(), false, false,
        null, LocalDate.of(2026, 1, 1), false);
  }
}

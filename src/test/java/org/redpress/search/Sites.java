package org.redpress.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.redpress.content.ContentLoader;
import org.redpress.content.LoadedContent;
import org.redpress.content.Record;
import org.redpress.content.RecordValidator;
import org.redpress.content.ReferenceResolver;
import org.redpress.content.Schemas;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.BuildOptions;
import org.redpress.model.SiteModel;
import org.redpress.model.SiteModelBuilder;
import org.redpress.testing.AllianceFixture;

/** Loads site models for the search tests, through the content and model stages only. */
final class Sites {

  /**
   * The search fixture: a frozen copy of the alliance's content, so an editor's change to
   * {@code content/} cannot break the ranking, parity and recall tests.
   */
  static final Path FIXTURE = AllianceFixture.PROJECT;

  private Sites() {}

  /** The search fixture's model; a new one per call (the tests that use it load it once). */
  static SiteModel fixture() {
    return load(FIXTURE);
  }

  static SiteModel load(Path project) {
    return load(project, LocalDate.of(2030, 1, 1));
  }

  /** The published model of {@code project} as of {@code today}: drafts and later records left out. */
  static SiteModel load(Path project, LocalDate today) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<LoadedContent> loaded = new ContentLoader(project, project.resolve("content")).load(diagnostics);
    LoadedContent content = loaded.orElseThrow(() -> new IllegalStateException(diagnostics.sorted().toString()));
    RecordValidator validator = new RecordValidator(new Schemas(), content.config());
    List<Record> records = content.records().stream()
        .map(s -> validator.validate(s, diagnostics))
        .flatMap(Optional::stream)
        .toList();
    var resolved = new ReferenceResolver().resolve(content, records, diagnostics);
    if (diagnostics.hasErrors()) {
      throw new IllegalStateException(diagnostics.sorted().toString());
    }
    return new SiteModelBuilder(new BuildOptions(false, false, today))
        .build(resolved, diagnostics);
  }
}

package org.redpress.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

/** Loads, validates and resolves a txtar test site, as the pipeline does. */
final class ContentFixture {

  private ContentFixture() {}

  static ResolvedContent resolve(Path dir, String txtar, Diagnostics diagnostics) {
    TestSite.write(dir, txtar);
    LoadedContent loaded = new ContentLoader(dir, dir.resolve("content")).load(diagnostics).orElseThrow();
    RecordValidator validator = new RecordValidator(new Schemas(), loaded.config());
    List<Record> records = new ArrayList<>();
    for (SourceRecord s : loaded.records()) {
      validator.validate(s, diagnostics).ifPresent(records::add);
    }
    return new ReferenceResolver().resolve(loaded, records, diagnostics);
  }
}

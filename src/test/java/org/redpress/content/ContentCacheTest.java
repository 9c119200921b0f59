package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

class ContentCacheTest {

  @TempDir Path dir;
  private final ContentCache cache = new ContentCache();

  private List<SourceRecord> load(Diagnostics diagnostics) {
    return new ContentLoader(dir, dir.resolve("content"), cache).load(diagnostics).orElseThrow().records();
  }

  @Test
  void reparsesOnlyFilesWhoseBytesChanged() throws IOException {
    TestSite.write(dir, """
        -- content/pages/a.md --
        ---
        title: 甲
        ---
        -- content/pages/b.md --
        ---
        title: 乙
        ---
        """);
    List<SourceRecord> first = load(new Diagnostics());
    Files.writeString(dir.resolve("content/pages/b.md"), "---\ntitle: 乙改\n---\n");
    List<SourceRecord> second = load(new Diagnostics());
    assertThat(second.get(0)).isSameAs(first.get(0));
    assertThat(second.get(1)).isNotSameAs(first.get(1));
    assertThat(((org.redpress.config.YamlScalar) second.get(1).fields().get("title").orElseThrow()).text()).isEqualTo("乙改");
  }

  @Test
  void reportsTheDiagnosticsOfACachedFileAgain() {
    TestSite.write(dir, "-- content/pages/a.md --\n---\ntitle: 甲\n---\n-- content/pages/b.md --\n---\ntitle: [\n---\n");
    Diagnostics first = new Diagnostics();
    load(first);
    Diagnostics second = new Diagnostics();
    load(second);
    assertThat(second.sorted()).extracting(Diagnostic::code).containsExactly("E-YAML").isEqualTo(
        first.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void forgetsDeletedFiles() throws IOException {
    TestSite.write(dir, "-- content/pages/a.md --\n---\ntitle: 甲\n---\n-- content/pages/b.md --\n---\ntitle: 乙\n---\n");
    load(new Diagnostics());
    Files.delete(dir.resolve("content/pages/b.md"));
    assertThat(load(new Diagnostics())).hasSize(1);
    assertThat(cache.size()).isEqualTo(1);
  }
}

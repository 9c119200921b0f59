package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

/** Symbolic links under content/ are followed only while they stay inside it, reused parses included. */
class ContentPathsTest {

  @TempDir Path root;
  private Path dir;
  private Path outside;
  /** Parses kept across loads by file and bytes, as the preview keeps them. */
  private final Map<String, ContentLoader.Parsed> kept = new ConcurrentHashMap<>();
  private final ContentLoader.Parses cache =
      (file, bytes, parse) -> kept.computeIfAbsent(file + "\0" + Arrays.toString(bytes), k -> parse.get());
  private static final String PAGE = "---\ntitle: 甲\n---\n";

  @BeforeEach
  void projectAndAFolderBesideIt() {
    dir = root.resolve("project");
    outside = root.resolve("outside");
  }

  private List<SourceRecord> load(Diagnostics diagnostics) {
    return new ContentLoader(dir, dir.resolve("content"), cache).load(diagnostics).orElseThrow().records();
  }

  @Test
  void loadsAFolderLinkedToAnotherFolderOfContent() throws IOException {
    TestSite.write(dir, "-- content/_archive/pages/a.md --\n" + PAGE);
    Files.createSymbolicLink(dir.resolve("content/pages"), dir.resolve("content/_archive/pages"));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(load(diagnostics)).extracting(SourceRecord::id).containsExactly("a");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void refusesAFolderLinkedOutside() throws IOException {
    TestSite.write(dir, "");
    TestSite.writeFile(outside.resolve("pages/a.md"), PAGE);
    Files.createSymbolicLink(dir.resolve("content/pages"), outside.resolve("pages"));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(load(diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-SYMLINK");
  }

  @Test
  void refusesACachedLinkOnceItLeadsOutside() throws IOException {
    TestSite.write(dir, "-- content/_shared/a.md --\n" + PAGE);
    TestSite.writeFile(outside.resolve("a.md"), PAGE);
    FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(dir.resolve("content/_shared/a.md"), longAgo);
    Files.setLastModifiedTime(outside.resolve("a.md"), longAgo);
    Path link = dir.resolve("content/pages/a.md");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, dir.resolve("content/_shared/a.md"));
    assertThat(load(new Diagnostics())).extracting(SourceRecord::id).containsExactly("a");

    Files.delete(link);
    Files.createSymbolicLink(link, outside.resolve("a.md"));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(load(diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-SYMLINK");
  }
}

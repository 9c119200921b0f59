package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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

  private List<SourceRecord> load() {
    return load(new Diagnostics());
  }

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  /** Dates the files back, so the loader trusts their stat (a file modified moments ago it reads again). */
  private void setModified(FileTime time, String... files) throws IOException {
    for (String f : files) {
      Files.setLastModifiedTime(dir.resolve(f), time);
    }
  }

  private static String title(SourceRecord record) {
    return ((org.redpress.yaml.YamlScalar) record.fields().get("title").orElseThrow()).text();
  }

  private static final String A = "content/pages/a.md";
  private static final String B = "content/pages/b.md";

  /** Two pages whose bytes the tests control exactly (same-size edits matter here). */
  private void writeTwoPages() throws IOException {
    TestSite.write(dir, "");
    TestSite.writeFile(dir.resolve(A), "---\ntitle: 甲\n---\n");
    TestSite.writeFile(dir.resolve(B), "---\ntitle: 乙\n---\n");
  }

  @Test
  void doesNotReadAFileWhoseStatIsUnchangedUntilItIsForgotten() throws IOException {
    writeTwoPages();
    setModified(LONG_AGO, A, B);
    List<SourceRecord> first = load();
    // Same size, same modification time, same inode: only the watcher can tell it changed.
    Files.writeString(dir.resolve(B), "---\ntitle: 丙\n---\n");
    setModified(LONG_AGO, B);
    List<SourceRecord> unread = load();
    assertThat(unread.get(1)).isSameAs(first.get(1));
    assertThat(title(unread.get(1))).isEqualTo("乙");

    cache.forget(List.of(dir.resolve(B)));
    List<SourceRecord> reread = load();
    assertThat(title(reread.get(1))).isEqualTo("丙");
    assertThat(reread.get(0)).isSameAs(first.get(0));
  }

  @Test
  void forgettingAFolderForgetsEveryFileUnderIt() throws IOException {
    writeTwoPages();
    setModified(LONG_AGO, A, B);
    List<SourceRecord> first = load();
    Files.writeString(dir.resolve(A), "---\ntitle: 丁\n---\n");
    Files.writeString(dir.resolve(B), "---\ntitle: 丙\n---\n");
    setModified(LONG_AGO, A, B);
    cache.forget(List.of(dir.resolve("content/pages/../pages")));
    List<SourceRecord> reread = load();
    assertThat(reread).extracting(ContentCacheTest::title).containsExactly("丁", "丙");
    assertThat(reread.get(0)).isNotSameAs(first.get(0));
  }

  @Test
  void trustingForgetSkipsEvenAChangedStatUntilTheFileIsNamed() throws IOException {
    cache.trustForget();
    writeTwoPages();
    setModified(LONG_AGO, A, B);
    List<SourceRecord> first = load();
    // A new size and time, but no watcher report: the promise was that forget names every change.
    Files.writeString(dir.resolve(B), "---\ntitle: 乙乙乙\n---\n");
    setModified(FileTime.from(Instant.parse("2021-01-01T00:00:00Z")), B);
    assertThat(load().get(1)).isSameAs(first.get(1));

    cache.forget(List.of(dir.resolve(B)));
    List<SourceRecord> reread = load();
    assertThat(title(reread.get(1))).isEqualTo("乙乙乙");
    assertThat(reread.get(0)).isSameAs(first.get(0));
  }

  @Test
  void trustingForgetStillFindsNewAndDeletedFilesAndForgottenFolders() throws IOException {
    cache.trustForget();
    writeTwoPages();
    setModified(LONG_AGO, A, B);
    load();
    TestSite.writeFile(dir.resolve("content/pages/c.md"), "---\ntitle: 戊\n---\n");
    Files.delete(dir.resolve(A));
    assertThat(load()).extracting(ContentCacheTest::title).containsExactly("乙", "戊");

    Files.writeString(dir.resolve(B), "---\ntitle: 丙\n---\n");
    setModified(LONG_AGO, B, "content/pages/c.md");
    load();
    cache.forget(List.of(dir.resolve("content")));
    assertThat(load()).extracting(ContentCacheTest::title).containsExactly("丙", "戊");
  }

  @Test
  void readsAChangedFileAgain() throws IOException {
    writeTwoPages();
    setModified(LONG_AGO, A, B);
    List<SourceRecord> first = load();
    Files.writeString(dir.resolve(B), "---\ntitle: 丙\n---\n");
    setModified(FileTime.from(Instant.parse("2021-01-01T00:00:00Z")), B);
    List<SourceRecord> second = load();
    assertThat(title(second.get(1))).isEqualTo("丙");
    assertThat(second.get(0)).isSameAs(first.get(0));
    Files.writeString(dir.resolve(B), "---\ntitle: 乙乙乙\n---\n");
    setModified(FileTime.from(Instant.parse("2021-01-01T00:00:00Z")), B);
    assertThat(title(load().get(1))).isEqualTo("乙乙乙");
  }

  @Test
  void reusesTheParseOfAFileTouchedWithoutChange() throws IOException {
    writeTwoPages();
    setModified(LONG_AGO, A, B);
    List<SourceRecord> first = load();
    setModified(FileTime.from(Instant.now()), B);
    assertThat(load().get(1)).isSameAs(first.get(1));
    setModified(FileTime.from(Instant.parse("2022-01-01T00:00:00Z")), B);
    assertThat(load().get(1)).isSameAs(first.get(1));
  }

  @Test
  void readsAFileModifiedMomentsAgoAgainEvenIfItsStatLooksTheSame() throws IOException {
    // Two writes within one timestamp tick keep size and modification time.
    FileTime justNow = FileTime.from(Instant.now().minusSeconds(1));
    writeTwoPages();
    setModified(justNow, B);
    load();
    Files.writeString(dir.resolve(B), "---\ntitle: 丙\n---\n");
    setModified(justNow, B);
    assertThat(title(load().get(1))).isEqualTo("丙");
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
    assertThat(((org.redpress.yaml.YamlScalar) second.get(1).fields().get("title").orElseThrow()).text()).isEqualTo("乙改");
  }

  @Test
  void reportsTheDiagnosticsOfACachedFileAgain() throws IOException {
    TestSite.write(dir, "-- content/pages/a.md --\n---\ntitle: 甲\n---\n-- content/pages/b.md --\n---\ntitle: [\n---\n");
    setModified(LONG_AGO, A, B);
    Diagnostics first = new Diagnostics();
    load(first);
    Diagnostics second = new Diagnostics();
    load(second);
    assertThat(second.sorted()).extracting(Diagnostic::code).containsExactly("E-YAML-UNCLOSED").isEqualTo(
        first.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void doesNotReadAnUnchangedFileThatFailedToParseAgain() throws IOException {
    writeTwoPages();
    TestSite.writeFile(dir.resolve(B), "---\ntitle: [x\n---\n");
    setModified(LONG_AGO, A, B);
    Diagnostics first = new Diagnostics();
    assertThat(load(first)).hasSize(1);
    assertThat(first.sorted()).extracting(Diagnostic::code).containsExactly("E-YAML-UNCLOSED");
    // Fixed with the same size and time: only a read would notice, and an unchanged stat skips it.
    Files.writeString(dir.resolve(B), "---\ntitle: xy\n---\n");
    setModified(LONG_AGO, B);
    Diagnostics second = new Diagnostics();
    assertThat(load(second)).hasSize(1);
    assertThat(second.sorted()).extracting(Diagnostic::code).containsExactly("E-YAML-UNCLOSED");

    cache.forget(List.of(dir.resolve(B)));
    Diagnostics third = new Diagnostics();
    assertThat(load(third)).hasSize(2);
    assertThat(third.sorted()).isEmpty();
  }

  @Test
  void findsAFileAddedToAFolderListedMomentsAgoEvenIfTheFolderLooksUnchanged() throws IOException {
    writeTwoPages();
    Path folder = dir.resolve("content/pages");
    FileTime listedAt = Files.getLastModifiedTime(folder);
    assertThat(load()).hasSize(2);
    // Within the same tick of the folder's clock: only a listing not kept for a racy folder sees it.
    TestSite.writeFile(folder.resolve("c.md"), "---\ntitle: 戊\n---\n");
    Files.setLastModifiedTime(folder, listedAt);
    assertThat(load()).extracting(ContentCacheTest::title).containsExactly("甲", "乙", "戊");
  }

  @Test
  void findsNewAndDeletedFilesOfASettledFolder() throws IOException {
    writeTwoPages();
    Path folder = dir.resolve("content/pages");
    Files.setLastModifiedTime(folder, LONG_AGO);
    assertThat(load()).hasSize(2);
    TestSite.writeFile(folder.resolve("c.md"), "---\ntitle: 戊\n---\n");
    Files.delete(dir.resolve(A));
    assertThat(load()).extracting(ContentCacheTest::title).containsExactly("乙", "戊");
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

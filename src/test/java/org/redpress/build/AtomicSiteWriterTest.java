package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.output.OutputFile;

class AtomicSiteWriterTest {

  @TempDir Path dir;

  @Test
  void replacesTheWholeSiteAndRemovesStaleFiles() throws IOException {
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "1"), OutputFile.text("old/x.html", "2")));
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "3")));
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("3");
    assertThat(site.resolve("old")).doesNotExist();
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("site");
    }
  }

  @Test
  void keepsUnchangedFilesWithTheirModificationTime() throws IOException {
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "same"), OutputFile.text("b.html", "1")));
    FileTime old = FileTime.fromMillis(1_000_000_000L);
    Files.setLastModifiedTime(site.resolve("a.html"), old);
    WriteReport report = new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "same"), OutputFile.text("b.html", "2")));
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(site.resolve("a.html"))).isEqualTo(old);
  }

  @Test
  void refusesOutputPathsThatClimbOut() {
    assertThatThrownBy(() -> OutputFile.text("../x.html", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutputFile.text("/etc/x", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutputFile.text("a//b", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesTheOldSiteWhenWritingFails() throws IOException {
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "old")));
    // "a.html/b" needs a directory where a file is: the write fails half-way.
    assertThatThrownBy(() -> new AtomicSiteWriter(site).write(
        List.of(OutputFile.text("a.html", "new"), OutputFile.text("a.html/b.html", "x")))).isInstanceOf(IOException.class);
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("old");
    try (var s = Files.list(dir)) {
      assertThat(s.count()).isEqualTo(1);
    }
  }

  /** Stands for the process being killed: not an IOException, so nothing cleans up after it. */
  private static final class Killed extends Error {
    Killed() {
      super("killed", null, false, false);
    }
  }

  /**
   * The real steps on a system without an atomic exchange (the two-rename fallback), killed at
   * move number {@code killAt} (1-based).
   */
  private static AtomicSiteWriter.Moves killedAtMove(int killAt) {
    int[] count = {0};
    return new AtomicSiteWriter.Moves() {
      @Override
      public void move(Path from, Path to) throws IOException {
        if (++count[0] == killAt) {
          throw new Killed();
        }
        AtomicSiteWriter.Moves.super.move(from, to);
      }

      @Override
      public boolean exchange(Path a, Path b) {
        return false;
      }
    };
  }

  /**
   * The real steps, killed at step number {@code killAt} (1-based; moves, exchanges and deletions
   * all count). Before every step it checks that the site in place is complete, old or new.
   */
  private static AtomicSiteWriter.Moves killedAtStep(int killAt, Path site, int[] steps) {
    return new AtomicSiteWriter.Moves() {
      private void step() throws IOException {
        assertThat(Files.readString(site.resolve("a.html"))).isIn("old", "new");
        assertThat(Files.readString(site.resolve("b.html"))).as("the same site's second page").isEqualTo(
            Files.readString(site.resolve("a.html")));
        if (++steps[0] == killAt) {
          throw new Killed();
        }
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        step();
        AtomicSiteWriter.Moves.super.move(from, to);
      }

      @Override
      public boolean exchange(Path a, Path b) throws IOException {
        step();
        return AtomicSiteWriter.Moves.super.exchange(a, b);
      }

      @Override
      public void deleteTree(Path root) throws IOException {
        step();
        AtomicSiteWriter.Moves.super.deleteTree(root);
      }
    };
  }

  private static List<OutputFile> site(String text) {
    return List.of(OutputFile.text("a.html", text), OutputFile.text("b.html", text));
  }

  @Test
  void aKillAtAnyStepOfTheSwapLeavesACompleteSiteOldOrNew() throws IOException {
    assumeTrue(Platform.isLinux(), "the atomic exchange is Linux's renameat2; elsewhere the two-rename fallback below is tested");
    Path site = dir.resolve("site");
    boolean completed = false;
    for (int killAt = 1; !completed; killAt++) {
      AtomicSiteWriter.deleteTree(site);
      new AtomicSiteWriter(site).write(site("old"));
      int[] steps = {0};
      try {
        new AtomicSiteWriter(site, killedAtStep(killAt, site, steps)).write(site("new"));
        completed = true;
      } catch (Killed e) {
        assertThat(Files.readString(site.resolve("a.html"))).as("killed at step %d", killAt).isIn("old", "new");
        assertThat(Files.readString(site.resolve("b.html"))).isEqualTo(Files.readString(site.resolve("a.html")));
        new AtomicSiteWriter(site).write(site("next"));
        assertThat(entries()).as("recovered after a kill at step %d", killAt).containsExactly("site");
      }
      assertThat(killAt).as("steps in one swap").isLessThan(10);
    }
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("new");
    assertThat(entries()).containsExactly("site");
  }

  @Test
  void swapsWithOneExchangeAndNoRenameWhereTheSystemHasOne() throws IOException {
    assumeTrue(Platform.isLinux(), "the atomic exchange is Linux's renameat2");
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(site("old"));
    List<String> calls = new ArrayList<>();
    AtomicSiteWriter.Moves recorded = new AtomicSiteWriter.Moves() {
      @Override
      public void move(Path from, Path to) throws IOException {
        calls.add("move");
        AtomicSiteWriter.Moves.super.move(from, to);
      }

      @Override
      public boolean exchange(Path a, Path b) throws IOException {
        boolean done = AtomicSiteWriter.Moves.super.exchange(a, b);
        calls.add("exchange " + done);
        return done;
      }
    };
    new AtomicSiteWriter(site, recorded).write(site("new"));
    assertThat(calls).containsExactly("exchange true");
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("new");
  }

  @Test
  void anExchangeOfAPathThatIsNotThereIsAnErrorNotAFallback() throws IOException {
    assumeTrue(Platform.isLinux(), "the atomic exchange is Linux's renameat2");
    Path a = Files.createDirectory(dir.resolve("a"));
    assertThatThrownBy(() -> AtomicExchange.exchange(a, dir.resolve("missing"))).isInstanceOf(IOException.class);
    assertThat(a).isDirectory();
  }

  private List<String> entries() throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aKillBetweenTheTwoRenamesIsRecoveredByTheNextBuildBeforeAnythingElse() throws IOException {
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "old")));

    assertThatThrownBy(() -> new AtomicSiteWriter(site, killedAtMove(2)).write(List.of(OutputFile.text("a.html", "new"))))
        .isInstanceOf(Killed.class);
    assertThat(site).as("killed after moving the old site aside").doesNotExist();

    // The next build fails half-way: what it leaves must be the old site, put back.
    assertThatThrownBy(() -> new AtomicSiteWriter(site).write(
        List.of(OutputFile.text("a.html", "x"), OutputFile.text("a.html/b.html", "y")))).isInstanceOf(IOException.class);
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("old");
    assertThat(entries()).containsExactly("site");
  }

  @Test
  void aKillWhileWritingLeavesTheOldSiteAndTheNextBuildDeletesTheHalfWrittenOne() throws IOException {
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "old")));

    assertThatThrownBy(() -> new AtomicSiteWriter(site, killedAtMove(1)).write(List.of(OutputFile.text("a.html", "new"))))
        .isInstanceOf(Killed.class);
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("old");
    assertThat(entries()).hasSize(2).anyMatch(e -> e.startsWith(".site.tmp-"));

    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "new")));
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("new");
    assertThat(entries()).containsExactly("site");
  }

  @Test
  void aSwapThatSucceededIsNotAFailureWhenTheOldCopyCannotBeDeleted() throws IOException {
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "old")));
    AtomicSiteWriter.Moves undeletable = new AtomicSiteWriter.Moves() {
      @Override
      public void deleteTree(Path root) throws IOException {
        throw new IOException("permission denied");
      }
    };

    WriteReport report = new AtomicSiteWriter(site, undeletable).write(List.of(OutputFile.text("a.html", "new")));

    assertThat(report.files()).isEqualTo(1);
    assertThat(Files.readString(site.resolve("a.html"))).isEqualTo("new");
    assertThat(entries()).as("the old copy, left beside").hasSize(2).anyMatch(e -> e.startsWith(".site."));
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "newer")));
    assertThat(entries()).as("the next build removes the leftover").containsExactly("site");
  }

  @Test
  void publishesASiteOthersCanReadAsTheUmaskAllows() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "1")));
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "2")));
    Path probe = Files.createDirectory(dir.resolve("probe"));
    assertThat(Files.getPosixFilePermissions(site)).as("what a plain mkdir gets here")
        .isEqualTo(Files.getPosixFilePermissions(probe));
  }

  @Test
  void marksEverySiteItWritesAsItsOwn() throws IOException {
    Path site = dir.resolve("site");
    new AtomicSiteWriter(site).write(List.of(OutputFile.text("a.html", "1")));
    assertThat(site.resolve(OutputDirPolicy.MARKER)).hasContent(AtomicSiteWriter.MARKER_TEXT.strip());
  }
}

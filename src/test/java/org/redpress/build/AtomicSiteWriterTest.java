package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
}

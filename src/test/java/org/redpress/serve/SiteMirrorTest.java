package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.output.OutputFile;

class SiteMirrorTest {

  @TempDir Path dir;

  private static SiteSnapshot.Publication next(SiteSnapshot previous, OutputFile... files) {
    return SiteSnapshot.next(previous, List.of(files), "/", 0);
  }

  @Test
  void writesChangedFilesDeletesDroppedOnesAndTheFoldersTheyLeaveEmpty() throws IOException {
    Path site = dir.resolve("site");
    SiteMirror mirror = new SiteMirror(site);
    SiteSnapshot first = next(SiteSnapshot.empty(), OutputFile.text("index.html", "一"),
        OutputFile.text("a/b/old.html", "旧"), OutputFile.text("keep.css", "k")).snapshot();
    assertThat(mirror.update(first, () -> false)).isTrue();
    assertThat(Files.readString(site.resolve("a/b/old.html"))).isEqualTo("旧");

    SiteSnapshot second = next(first, OutputFile.text("index.html", "二"), OutputFile.text("keep.css", "k"),
        OutputFile.text("new/x.html", "新")).snapshot();
    assertThat(mirror.update(second, () -> false)).isTrue();
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("二");
    assertThat(Files.readString(site.resolve("new/x.html"))).isEqualTo("新");
    assertThat(site.resolve("a")).doesNotExist();
    try (var files = Files.list(site)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html", "keep.css", "new");
    }
  }

  @Test
  void stopsWhenToldAndTheNextUpdateCarriesOn() throws IOException {
    Path site = dir.resolve("site");
    SiteMirror mirror = new SiteMirror(site);
    SiteSnapshot first = next(SiteSnapshot.empty(), OutputFile.text("index.html", "一")).snapshot();
    mirror.update(first, () -> false);
    SiteSnapshot second = next(first, OutputFile.text("index.html", "二")).snapshot();
    assertThat(mirror.update(second, () -> true)).isFalse();
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("一");
    assertThat(mirror.update(second, () -> false)).isTrue();
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("二");
  }
}

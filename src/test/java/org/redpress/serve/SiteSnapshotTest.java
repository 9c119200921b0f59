package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.search.SearchOutputStep;
import org.redpress.testing.TestSite;

class SiteSnapshotTest {

  @TempDir static Path dir;
  private static SiteModel model;

  @BeforeAll
  static void model() {
    TestSite.write(dir, "-- content/pages/about.md --\n---\ntitle: 关于\n---\n简介。\n");
    model = new Pipeline(PipelineOptions.forProject(dir)).model(new Diagnostics()).orElseThrow();
  }

  @Test
  void namesThePathsWhoseBytesChangedAppearedOrWentAway() {
    SiteSnapshot first = SiteSnapshot.next(SiteSnapshot.empty(),
        List.of(OutputFile.text("a.html", "a"), OutputFile.text("b.css", "b"), OutputFile.text("c.js", "c")),
        "/", 1_000).snapshot();
    SiteSnapshot.Publication second = SiteSnapshot.next(first,
        List.of(OutputFile.text("a.html", "a"), OutputFile.text("b.css", "B"), OutputFile.text("d.txt", "d")),
        "/", 2_000);
    assertThat(second.changed()).containsExactly("b.css", "c.js", "d.txt");
    assertThat(second.snapshot().generation()).isEqualTo(2);
  }

  @Test
  void anUnchangedFileKeepsItsEtagAndLastModified() {
    SiteSnapshot first = SiteSnapshot.next(SiteSnapshot.empty(), List.of(OutputFile.text("a.html", "a")), "/",
        1_000).snapshot();
    SiteSnapshot second = SiteSnapshot.next(first, List.of(OutputFile.text("a.html", "a")), "/", 9_000).snapshot();
    StaticFile before = first.file("a.html").orElseThrow();
    StaticFile after = second.file("a.html").orElseThrow();
    assertThat(after.etag()).isEqualTo(before.etag());
    assertThat(after.lastModified()).isEqualTo(1_000);
  }

  @Test
  void differentBytesGetDifferentEtags() {
    SiteSnapshot s = SiteSnapshot.next(SiteSnapshot.empty(),
        List.of(OutputFile.text("a.html", "a"), OutputFile.text("b.html", "b")), "/", 0).snapshot();
    assertThat(s.file("a.html").orElseThrow().etag()).isNotEqualTo(s.file("b.html").orElseThrow().etag())
        .startsWith("\"").endsWith("\"");
  }

  @Test
  void searchFilesStayUntilTheNextIndexIsSwappedIn() {
    SearchOutputStep.Export export = new SearchOutputStep().export(model);
    SiteSnapshot pages = SiteSnapshot.next(SiteSnapshot.empty(), List.of(OutputFile.text("a.html", "a")), "/",
        1_000).snapshot();
    SiteSnapshot searched = pages.withSearch(export.index(),
        List.of(OutputFile.text("search/1/x.json", "1")), 2_000);
    assertThat(searched.generation()).isEqualTo(pages.generation());
    assertThat(searched.searchVersion()).isEqualTo(pages.searchVersion() + 1);
    assertThat(searched.search()).containsSame(export.index());

    SiteSnapshot.Publication edited = SiteSnapshot.next(searched, List.of(OutputFile.text("a.html", "A")), "/", 3_000);
    assertThat(edited.changed()).containsExactly("a.html");
    assertThat(edited.snapshot().file("search/1/x.json")).isPresent();
    assertThat(edited.snapshot().search()).containsSame(export.index());

    SiteSnapshot swapped = edited.snapshot().withSearch(export.index(),
        List.of(OutputFile.text("search/2/y.json", "2")), 4_000);
    assertThat(swapped.file("search/1/x.json")).isEmpty();
    assertThat(swapped.file("search/2/y.json")).isPresent();
    assertThat(swapped.file("a.html").orElseThrow()).isSameAs(edited.snapshot().file("a.html").orElseThrow());
    assertThat(swapped.files()).containsOnlyKeys("a.html", "search/2/y.json");
  }

  @Test
  void anUnchangedSearchFileKeepsItsEtagAndAPageWinsOverASearchFileOfTheSamePath() {
    SearchOutputStep.Export export = new SearchOutputStep().export(model);
    SiteSnapshot first = SiteSnapshot.next(SiteSnapshot.empty(), List.of(OutputFile.text("same.json", "page")),
        "/", 0).snapshot().withSearch(export.index(),
        List.of(OutputFile.text("search/x.json", "x"), OutputFile.text("same.json", "search")), 1_000);
    SiteSnapshot second = first.withSearch(export.index(), List.of(OutputFile.text("search/x.json", "x")), 9_000);
    assertThat(second.file("search/x.json").orElseThrow()).isSameAs(first.file("search/x.json").orElseThrow());
    assertThat(first.file("same.json").orElseThrow().bytes()).isEqualTo("page".getBytes());
    assertThat(first.has("same.json")).isTrue();
    assertThat(first.size()).isEqualTo(first.files().size()).isEqualTo(2);
  }
}

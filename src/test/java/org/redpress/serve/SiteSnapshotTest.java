package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.output.OutputFile;
import org.redpress.search.SearchOutputStep;
import org.redpress.testing.TestSite;

class SiteSnapshotTest {

  @Test
  void aPageIsRenderedOnTheFirstRequestAndTheSameFileServedAfterwards() {
    SiteSnapshot s = SiteSnapshot.next(SiteSnapshot.empty(), new Generation(TestModels.renderer(), 1_000));
    StaticFile first = s.file("about/index.html").file().orElseThrow();
    assertThat(s.file("about/index.html").file().orElseThrow()).isSameAs(first);
    assertThat(new String(first.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("简介。");
    assertThat(first.lastModified()).isEqualTo(1_000);
    assertThat(s.hasPage("about/index.html")).isTrue();
    assertThat(s.file("nowhere/index.html").file()).isEmpty();
    assertThat(s.hasPage("nowhere/index.html")).isFalse();
  }

  @Test
  void eachGenerationRendersAfreshAndCountsOneMore() {
    SiteSnapshot first = SiteSnapshot.next(SiteSnapshot.empty(), new Generation(TestModels.renderer(), 1_000));
    SiteSnapshot second = SiteSnapshot.next(first, new Generation(TestModels.renderer(), 2_000));
    assertThat(second.generation()).isEqualTo(first.generation() + 1);
    StaticFile before = first.file("about/index.html").file().orElseThrow();
    StaticFile after = second.file("about/index.html").file().orElseThrow();
    assertThat(after).isNotSameAs(before);
    assertThat(after.etag()).isEqualTo(before.etag());
    assertThat(after.lastModified()).isEqualTo(2_000);
  }

  @Test
  void aPageWhoseTemplateFailsIsServedAsItsErrors(@TempDir Path dir) throws java.io.IOException {
    Path templates = TestSite.write(dir, """
        -- templates/page.ftlh --
        ${nothing.here}
        """).resolve("templates");
    // The theme's words, so the only error is the template's own.
    TestSite.copyTree(PreviewFixture.THEME.resolve("i18n"), templates.resolve("i18n"));
    SiteSnapshot s = SiteSnapshot.next(SiteSnapshot.empty(), new Generation(TestModels.renderer(templates), 0));
    Generation.Served served = s.file("about/index.html");
    assertThat(served.file()).isEmpty();
    assertThat(served.errors()).extracting(Diagnostic::code).containsExactly("E-TEMPLATE");
  }

  @Test
  void searchFilesStayUntilTheNextIndexIsSwappedIn() {
    SearchOutputStep.Export export = new SearchOutputStep(new MarkdownMemo()).export(TestModels.empty());
    SiteSnapshot pages = SiteSnapshot.next(SiteSnapshot.empty(), new Generation(TestModels.renderer(), 0));
    SiteSnapshot searched = pages.withSearch(export.index(), List.of(OutputFile.text("search/1/x.json", "1")), 2_000);
    assertThat(searched.generation()).isEqualTo(pages.generation());
    assertThat(searched.searchVersion()).isEqualTo(pages.searchVersion() + 1);
    assertThat(searched.search()).containsSame(export.index());

    SiteSnapshot edited = SiteSnapshot.next(searched, new Generation(TestModels.renderer(), 3_000));
    assertThat(edited.file("search/1/x.json").file()).isPresent();
    assertThat(edited.search()).containsSame(export.index());

    SiteSnapshot swapped = edited.withSearch(export.index(), List.of(OutputFile.text("search/2/y.json", "2")), 4_000);
    assertThat(swapped.file("search/1/x.json").file()).isEmpty();
    assertThat(swapped.file("search/2/y.json").file()).isPresent();
  }

  @Test
  void anUnchangedSearchFileKeepsItsEtagAndDate() {
    SearchOutputStep.Export export = new SearchOutputStep(new MarkdownMemo()).export(TestModels.empty());
    SiteSnapshot first = SiteSnapshot.next(SiteSnapshot.empty(), new Generation(TestModels.renderer(), 0))
        .withSearch(export.index(), List.of(OutputFile.text("search/x.json", "x")), 1_000);
    SiteSnapshot second = first.withSearch(export.index(), List.of(OutputFile.text("search/x.json", "x")), 9_000);
    assertThat(second.file("search/x.json").file().orElseThrow())
        .isSameAs(first.file("search/x.json").file().orElseThrow());
  }

  @Test
  void nothingIsServedBeforeTheFirstGoodBuild() {
    SiteSnapshot empty = SiteSnapshot.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.file("index.html").file()).isEmpty();
    assertThat(empty.basePath()).isEqualTo("/");
  }
}

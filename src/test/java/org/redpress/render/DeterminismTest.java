package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

/** Two renders of the same input give the same files with the same bytes, in the same order. */
class DeterminismTest {

  @Test
  void renderingTwiceGivesIdenticalBytes(@TempDir Path dir) {
    Path project = RenderFixture.project(dir, Fixtures.ALLIANCE);
    List<OutputFile> first = RenderFixture.render(project, RenderFixture.THEME, new Diagnostics());
    List<OutputFile> second = RenderFixture.render(project, RenderFixture.THEME, new Diagnostics());
    assertThat(second).extracting(OutputFile::path).containsExactlyElementsOf(first.stream().map(OutputFile::path).toList());
    assertThat(second).containsExactlyElementsOf(first);
  }

  @Test
  void eachStepReturnsItsFilesSortedByPath(@TempDir Path dir) {
    Path project = RenderFixture.project(dir, Fixtures.ALLIANCE);
    Diagnostics diagnostics = new Diagnostics();
    var model = RenderFixture.model(project, diagnostics);
    var steps = RenderFixture.renderer(project, RenderFixture.THEME, model).steps();
    assertThat(steps).extracting(s -> s.name()).containsExactly("assets", "media", "pages", "feeds", "calendar", "sitemap", "robots", "share");
    for (var step : steps) {
      List<String> paths = step.produce(model, diagnostics).stream().map(OutputFile::path).toList();
      assertThat(paths).as(step.name()).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void assetsGetAContentHashInTheirNamesAndPagesUseIt(@TempDir Path dir) {
    Path project = RenderFixture.project(dir, Fixtures.ALLIANCE);
    List<OutputFile> files = RenderFixture.render(project, RenderFixture.THEME, new Diagnostics());
    String css = files.stream().map(OutputFile::path).filter(p -> p.matches("assets/site\\.[0-9a-f]{8}\\.css"))
        .findFirst().orElseThrow();
    assertThat(RenderFixture.file(files, "index.html").text()).contains("href=\"/alliance/" + css + "\"");
    assertThat(AssetMap.hashedName("icons/x.svg", new byte[0])).isEqualTo("icons/x.e3b0c442.svg");
    assertThat(AssetMap.hashedName("LICENSE", new byte[0])).isEqualTo("LICENSE.e3b0c442");
  }
}

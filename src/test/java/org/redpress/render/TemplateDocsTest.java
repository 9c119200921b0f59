package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code docs/templates.md} is generated from the view types and kept current. */
class TemplateDocsTest {

  private static final Path DOCS = Path.of("docs/templates.md");

  @Test
  void docsTemplatesMdMatchesTheViewTypes() throws IOException {
    String generated = TemplateDocs.markdown();
    if (Boolean.getBoolean("redpress.updateDocs")) {
      Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
    }
    String current = Files.exists(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8) : "";
    assertThat(current)
        .as("docs/templates.md is stale; regenerate it with"
            + " mvn -q test -Dtest=TemplateDocsTest -Dredpress.updateDocs=true")
        .isEqualTo(generated);
  }

  @Test
  void everyTemplateTheBuildRendersByNameIsDocumented() throws IOException {
    List<String> inTheme;
    try (Stream<Path> files = Files.list(RenderFixture.THEME)) {
      // layout.ftlh is the frame the HTML templates import, never rendered by name.
      inTheme = files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches(".*\\.ftl[hx]?") && !n.equals("layout.ftlh")).sorted().toList();
    }
    assertThat(TemplateDocs.TEMPLATES).extracting(TemplateDocs.Template::name).containsExactlyInAnyOrderElementsOf(inTheme);
  }

  @Test
  void everyViewTypeAndFieldHasAMeaning() {
    // markdown() refuses a record or record component without @Doc; the table shows each once.
    String md = TemplateDocs.markdown();
    assertThat(md).contains("### VenueFacts", "| `address` | string |", "### FeedView", "### SitemapView");
    assertThat(md.lines().filter(l -> l.startsWith("### ")).distinct().count())
        .isEqualTo(md.lines().filter(l -> l.startsWith("### ")).count());
  }
}

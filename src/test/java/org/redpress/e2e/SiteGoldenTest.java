package org.redpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.output.OutputFile;

/**
 * Builds each fixture site under {@code src/test/resources/sites/<case>/} with the real
 * templates and compares it with {@code expected/}:
 *
 * <ul>
 *   <li>{@code layout.html}: the frame every HTML page shares (common head, header, nav, footer),
 *       once per fixture, with a {@code <!--page:…-->} marker where each page puts its own parts;
 *   <li>{@code pages/<path>}: for each HTML page only what it adds (see {@link PageParts});
 *   <li>{@code site/<path>}: the other text outputs (feeds, sitemap, robots.txt) byte for byte;
 *   <li>{@code diagnostics.txt}: the build's diagnostics.
 * </ul>
 *
 * A layout change thus rewrites one file per fixture, not every page, while the split loses no
 * character, so any change to any page still fails. Run with {@code -Dredpress.updateGolden=true}
 * to rewrite the expected files, then review the diff in git.
 */
class SiteGoldenTest {

  private static final Path SITES = Path.of("src/test/resources/sites");
  private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
  private static final boolean UPDATE = Boolean.getBoolean("redpress.updateGolden");
  /** Text outputs worth reviewing as golden files; binary assets are covered by their hashes in the HTML. */
  private static final List<String> BYTE_EXTENSIONS = List.of(".xml", ".txt", ".ics");
  private static final String LAYOUT = "layout.html";

  @TempDir Path out;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(SITES)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("content")))
          .map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildsEachPageAsTheSharedLayoutPlusWhatThePageAdds(String name) throws IOException {
    Path fixture = SITES.resolve(name).toAbsolutePath();
    PipelineOptions options = new PipelineOptions(fixture, fixture.resolve("content"), TEMPLATES,
        out.resolve("site"), false, false, null, LocalDate.of(2026, 1, 1), false);
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new Pipeline(options).build(diagnostics);

    Messages zh = Messages.forLanguage("zh");
    String diagnosticsText = diagnostics.sorted().stream().map(d -> d.format(zh) + "\n").collect(Collectors.joining());
    Map<String, String> pages = new TreeMap<>();
    Map<String, String> others = new TreeMap<>();
    if (result.written().isPresent()) {
      for (OutputFile f : result.files()) {
        if (f.path().endsWith(".html")) {
          pages.put(f.path(), f.text());
        } else if (BYTE_EXTENSIONS.stream().anyMatch(f.path()::endsWith)) {
          others.put(f.path(), f.text());
        }
      }
    }
    Path expected = SITES.resolve(name).resolve("expected");
    if (UPDATE) {
      rewrite(expected, pages, others, diagnosticsText);
    }

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(diagnosticsText).as("diagnostics").isEqualTo(read(expected.resolve("diagnostics.txt")));
    softly.assertThat(others).as("feeds, sitemap, robots.txt").isEqualTo(files(expected.resolve("site")));
    String layout = read(expected.resolve(LAYOUT));
    Set<String> sharedHead = new HashSet<>(PageParts.headElements(layout));
    Map<String, String> expectedParts = files(expected.resolve("pages"));
    softly.assertThat(pages.keySet()).as("pages").isEqualTo(expectedParts.keySet());
    for (Map.Entry<String, String> page : pages.entrySet()) {
      PageParts parts = PageParts.split(page.getValue(), sharedHead);
      Set<String> names = parts.parts().stream().map(PageParts.Part::name).collect(Collectors.toSet());
      softly.assertThat(parts.layout()).as("layout around %s", page.getKey())
          .isEqualTo(PageParts.keepMarkers(layout, names));
      softly.assertThat(parts.partsText()).as("what %s adds", page.getKey())
          .isEqualTo(expectedParts.getOrDefault(page.getKey(), ""));
    }
    softly.assertAll();
  }

  /** {@code layout.html} and a {@code pages/} file for each page; nothing for a site without pages. */
  private static Map<String, String> splitAll(Map<String, String> pages) {
    Map<String, String> files = new LinkedHashMap<>();
    if (pages.isEmpty()) {
      return files;
    }
    // A head element is shared if every page has it exactly; the rest is what pages add.
    Set<String> sharedHead = null;
    for (String html : pages.values()) {
      Set<String> head = new HashSet<>(PageParts.headElements(html));
      if (sharedHead == null) {
        sharedHead = head;
      } else {
        sharedHead.retainAll(head);
      }
    }
    Map<String, PageParts> split = new TreeMap<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      split.put(page.getKey(), PageParts.split(page.getValue(), sharedHead));
    }
    Map.Entry<String, PageParts> first = split.entrySet().iterator().next();
    Map<String, PageParts.Part> markers = new TreeMap<>();
    for (Map.Entry<String, PageParts> page : split.entrySet()) {
      assertThat(page.getValue().bareLayout())
          .as("%s has the same layout as %s; what differs must become a part in PageParts", page.getKey(), first.getKey())
          .isEqualTo(first.getValue().bareLayout());
      for (PageParts.Part p : page.getValue().parts().stream().filter(PageParts.Part::inLayout).toList()) {
        PageParts.Part seen = markers.putIfAbsent(p.name(), p);
        assertThat(seen == null || seen.offset() == p.offset())
            .as("part %s of %s sits where it sits in other pages", p.name(), page.getKey()).isTrue();
      }
    }
    files.put(LAYOUT, first.getValue().layout(List.copyOf(markers.values())));
    split.forEach((path, parts) -> files.put("pages/" + path, parts.partsText()));
    return files;
  }

  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static void rewrite(Path expected, Map<String, String> pages, Map<String, String> others,
      String diagnostics) throws IOException {
    Map<String, String> files = new LinkedHashMap<>(splitAll(pages));
    others.forEach((path, text) -> files.put("site/" + path, text));
    files.put("diagnostics.txt", diagnostics);
    if (Files.exists(expected)) {
      try (Stream<Path> walk = Files.walk(expected)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = expected.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
  }
}

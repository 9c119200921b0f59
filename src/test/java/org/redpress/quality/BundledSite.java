package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.model.Taxonomy;
import org.redpress.model.Urls;
import org.redpress.output.OutputFile;
import org.redpress.testing.AllianceFixture;

/**
 * The alliance's own site ({@code content/} and {@code templates/} of this repository), built once
 * per test JVM into a temporary directory, and one sample page of every kind the theme renders.
 */
final class BundledSite {

  private static BundledSite instance;

  final Path dir;
  final SiteModel model;
  final Map<String, OutputFile> files = new LinkedHashMap<>();

  private BundledSite(Path dir, BuildResult result) {
    this.dir = dir;
    this.model = result.model().orElseThrow();
    result.files().forEach(f -> files.put(f.path(), f));
  }

  /** The site, built on first use; the directory is removed when the JVM exits. */
  static synchronized BundledSite get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("redpress-quality-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline(AllianceFixture.options(dir.resolve("site"))).build(diagnostics);
        assertThat(diagnostics.hasErrors()).as("the bundled site builds: %s", diagnostics.sorted()).isFalse();
        instance = new BundledSite(dir.resolve("site"), result);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /**
   * One page of every kind, by a label that names the kind, as site-relative paths of HTML files:
   * home, each list and its page 2, each record kind (a material that belongs to a series), each
   * taxonomy's index and one of its terms, the series index and one series, search and 404.
   */
  Map<String, String> samplePages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "index.html");
    for (RecordType type : RecordType.values()) {
      if (type != RecordType.PAGE) {
        pages.put("list " + type.key(), html(Urls.list(type)));
        String second = html(Urls.page(Urls.list(type), 2));
        if (files.containsKey(second)) {
          pages.put("list " + type.key() + " page 2", second);
        }
      }
      Predicate<Record> pick = type == RecordType.MATERIAL
          ? r -> r instanceof Record.Material m && m.series() != null
          : r -> true;
      model.ofType(type).stream().filter(pick).findFirst()
          .ifPresent(r -> pages.put("record " + type.key(), html(Urls.record(type, r.id()))));
    }
    for (String taxonomy : List.of(Taxonomy.PROGRAMS, Taxonomy.TAGS, Taxonomy.YEARS, Taxonomy.VENUE_TYPES)) {
      Taxonomy t = model.taxonomy(taxonomy).orElseThrow(() -> new AssertionError("no taxonomy " + taxonomy));
      pages.put("taxonomy " + taxonomy, html(Urls.taxonomy(taxonomy)));
      pages.put("term of " + taxonomy, html(t.terms().get(0).path()));
    }
    pages.put("series index", html("series/"));
    pages.put("series", html(Urls.series(model.learningPaths().get(0).key())));
    pages.put("search", "search/index.html");
    pages.put("404", "404.html");
    pages.values().forEach(p -> assertThat(files).as("the built site has %s", p).containsKey(p));
    return pages;
  }

  private static String html(String dirPath) {
    return dirPath + "index.html";
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}

package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.testing.TestSite;

class PrecompressorTest {

  private static final String PAGE = "<!doctype html><title>党建</title>" + "<p>强堡垒 促发展 惠民生</p>\n".repeat(50);

  private final Precompressor precompressor = new Precompressor();

  @Test
  void addsAGzipCopyThatInflatesToTheOriginalBytes() throws IOException {
    List<OutputFile> out = withGzip(List.of(OutputFile.text("index.html", PAGE)));

    assertThat(out).extracting(OutputFile::path).containsExactly("index.html", "index.html.gz");
    byte[] gz = out.get(1).bytes();
    assertThat(gz.length).isLessThan(PAGE.getBytes(StandardCharsets.UTF_8).length);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }
  }

  @Test
  void writesAFixedHeaderWithoutFileNameOrModificationTime() {
    byte[] gz = Precompressor.gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    // magic 1f 8b, method 8 (deflate), flags 0 (no name, no comment, no extra), mtime 0 0 0 0
    assertThat(Arrays.copyOf(gz, 8)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0);
  }

  @Test
  void compressesTheSameInputToTheSameBytesEveryTime() {
    // No waiting for the clock to tick: the header test above pins the only place gzip keeps a time.
    byte[] first = Precompressor.gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(Precompressor.gzip(PAGE.getBytes(StandardCharsets.UTF_8))).isEqualTo(first);
  }

  @Test
  void compressesEveryTextFormatAndTheSearchShards() {
    List<String> paths = List.of("a.html", "s/site.css", "s/search.js", "search/index.json", "feed.xml",
        "robots.txt", "media/logo.svg", "search/ab12/t/0.bin");
    List<OutputFile> files = paths.stream().map(p -> OutputFile.text(p, PAGE)).toList();
    assertThat(withGzip(files)).extracting(OutputFile::path)
        .containsAll(paths.stream().map(p -> p + ".gz").toList());
  }

  @Test
  void leavesImagesAndFilesWithoutExtensionAlone() {
    List<OutputFile> files = List.of(OutputFile.text("CNAME", PAGE), OutputFile.text("media/jpg", PAGE),
        OutputFile.text("media/photo.png", PAGE));
    assertThat(withGzip(files)).isEqualTo(files);
  }

  @Test
  void skipsAFileThatGzipWouldMakeLarger() {
    List<OutputFile> files = List.of(OutputFile.text("tiny.txt", "a"));
    assertThat(withGzip(files)).isEqualTo(files);
  }

  @Test
  void neverReplacesAGzipFileTheSiteShipsItself() {
    OutputFile own = new OutputFile("data.json.gz", new byte[] {1, 2, 3});
    List<OutputFile> out = withGzip(List.of(OutputFile.text("data.json", PAGE), own));
    assertThat(out).containsExactly(OutputFile.text("data.json", PAGE), own);
  }

  @Test
  void buildWithPrecompressWritesGzipFilesNextToThePages(@TempDir Path dir) throws IOException {
    TestSite.write(dir, "-- content/pages/guanyu.md --\n---\ntitle: 关于\n---\n" + "联盟简介。\n".repeat(40));
    copyTree(Path.of("templates"), dir.resolve("templates"));
    PipelineOptions options = PipelineOptions.forProject(dir).withToday(LocalDate.of(2026, 1, 1));

    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(options.withPrecompress(true)).build(diagnostics);

    assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
    Path page = dir.resolve("site/guanyu/index.html");
    assertThat(page).exists();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("site/guanyu/index.html.gz")))) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(page));
    }
    new Pipeline(options).build(new Diagnostics());
    try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".gz"))).as("without the flag").isEmpty();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The files with their gzip copies, in path order, as the build's write stage adds them. */
  private List<OutputFile> withGzip(List<OutputFile> files) {
    Set<String> taken = files.stream().map(OutputFile::path).collect(Collectors.toSet());
    List<OutputFile> out = new ArrayList<>(files);
    files.forEach(f -> precompressor.gzipCopy(f, taken).ifPresent(out::add));
    out.sort(Comparator.comparing(OutputFile::path));
    return out;
  }
}

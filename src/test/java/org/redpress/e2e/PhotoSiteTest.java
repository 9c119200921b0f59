package org.redpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.media.TestPhotos;
import org.redpress.output.OutputFile;

/**
 * Builds a copy of the {@code photos} fixture (phone photos with EXIF rotation, GPS, a camera
 * serial and an embedded thumbnail; a CMYK scan; a PNG) as a fresh clone would, and checks what
 * residents and editors get: upright photos in their widths without any metadata, every
 * {@code <img>} sized and described, nothing processed twice, and each bad image refused at its
 * file with the old site kept.
 */
class PhotoSiteTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/photos/content").toAbsolutePath();
  private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

  @TempDir Path project;

  @BeforeEach
  void copyFixture() throws IOException {
    copyTree(FIXTURE, project.resolve("content"));
  }

  private PipelineOptions options() {
    return new PipelineOptions(project, project.resolve("content"), TEMPLATES, project.resolve("site"),
        false, false, null, LocalDate.of(2026, 1, 1), false);
  }

  private BuildResult build(Diagnostics diagnostics) {
    return new Pipeline(options()).build(diagnostics);
  }

  @Test
  void noPublishedByteCarriesTheGpsSerialOrThumbnailOfThePhotos() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = build(diagnostics);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    List<byte[]> needles = List.of(TestPhotos.SERIAL.getBytes(StandardCharsets.US_ASCII),
        TestPhotos.MAKE.getBytes(StandardCharsets.US_ASCII), TestPhotos.gpsLatitudeBytes(),
        TestPhotos.THUMBNAIL_MARK.getBytes(StandardCharsets.US_ASCII), "Exif".getBytes(StandardCharsets.US_ASCII));
    byte[] original = Files.readAllBytes(project.resolve("content/media/photos/with-gps.jpg"));
    needles.forEach(n -> assertThat(indexOf(original, n)).as("the fixture carries it").isNotNegative());
    for (OutputFile f : result.files()) {
      for (byte[] n : needles) {
        assertThat(indexOf(f.bytes(), n)).as(f.path() + " carries " + new String(n, StandardCharsets.ISO_8859_1))
            .isNegative();
      }
    }
    assertThat(result.files()).extracting(OutputFile::path)
        .doesNotContain("media/photos/with-gps.jpg", "media/photos/phone-turned.jpg")
        .contains("media/photos/with-gps.480w.jpg", "media/photos/with-gps.960w.jpg",
            "media/photos/with-gps.1600w.jpg");
  }

  @Test
  void aPhoneRotatedPhotoComesOutUprightInItsWidths() throws IOException {
    BuildResult result = build(new Diagnostics());
    Map<String, OutputFile> files = new TreeMap<>();
    result.files().forEach(f -> files.put(f.path(), f));
    // Stored 1200 × 800 with EXIF orientation 6: upright it is 800 × 1200, so no 960 or 1600 (never upscaled).
    assertThat(files.keySet()).filteredOn(p -> p.startsWith("media/photos/phone-turned."))
        .containsExactly("media/photos/phone-turned.480w.jpg", "media/photos/phone-turned.800w.jpg");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(files.get("media/photos/phone-turned.800w.jpg").bytes()));
    assertThat(img.getWidth()).isEqualTo(800);
    assertThat(img.getHeight()).isEqualTo(1200);
    assertThat((img.getRGB(img.getWidth() - 20, 20) >> 16) & 0xff).as("the stored top-left red is top-right").isGreaterThan(180);
  }

  @Test
  void everyImgHasWidthHeightAltAndLazyLoading() {
    BuildResult result = build(new Diagnostics());
    int photos = 0;
    for (OutputFile f : result.files()) {
      if (!f.path().endsWith(".html")) {
        continue;
      }
      for (Element img : Jsoup.parse(f.text()).select("img")) {
        assertThat(img.hasAttr("alt")).as(f.path() + " " + img).isTrue();
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        if (img.attr("src").endsWith(".jpg") || img.attr("src").endsWith(".png")) {
          photos++;
          assertThat(img.attr("width")).as(f.path() + " " + img).matches("[1-9][0-9]*");
          assertThat(img.attr("height")).as(f.path() + " " + img).matches("[1-9][0-9]*");
          if (!img.attr("src").endsWith(".p1.jpg")) { // a PDF's thumbnail has one size
            assertThat(img.attr("srcset")).contains("480w");
            assertThat(img.attr("sizes")).isNotBlank();
          }
        }
      }
    }
    assertThat(photos).isGreaterThan(5);
    String visit = result.files().stream().filter(f -> f.path().equals("practices/visit/index.html"))
        .findFirst().orElseThrow().text();
    assertThat(Jsoup.parse(visit).select("section.gallery figure")).hasSize(4);
    assertThat(Jsoup.parse(visit).select(".body figure figcaption").text()).isEqualTo("走访路线");
  }

  @Test
  void aSecondBuildProcessesNothingAndWritesTheSameBytes() throws IOException {
    BuildResult first = build(new Diagnostics());
    Map<Path, FileTime> cache = cacheFiles();
    assertThat(cache).isNotEmpty();
    BuildResult second = build(new Diagnostics());
    assertThat(cacheFiles()).as("no cache file written again").isEqualTo(cache);
    assertThat(second.files()).hasSameSizeAs(first.files());
    for (int i = 0; i < first.files().size(); i++) {
      assertThat(second.files().get(i).path()).isEqualTo(first.files().get(i).path());
      assertThat(second.files().get(i).bytes()).as(first.files().get(i).path()).isEqualTo(first.files().get(i).bytes());
    }
  }

  static Stream<Arguments> badPhotos() {
    byte[] good = TestPhotos.phoneJpeg(640, 480, 1, 31);
    return Stream.of(
        Arguments.of("cut.jpg", Arrays.copyOf(good, good.length / 2), "E-PHOTO-TRUNCATED"),
        Arguments.of("junk.jpg", "这不是照片".getBytes(StandardCharsets.UTF_8), "E-PHOTO-CORRUPT"),
        Arguments.of("bomb.png", TestPhotos.pngHeaderOnly(50_000, 50_000), "E-PHOTO-PIXELS"),
        Arguments.of("lies.jpg", TestPhotos.png(TestPhotos.textured(40, 40, 1)), "E-PHOTO-EXTENSION"),
        Arguments.of("lies.gif", good, "E-PHOTO-EXTENSION"),
        Arguments.of("IMG_0420.HEIC", TestPhotos.heicHead(), "E-PHOTO-HEIC"),
        Arguments.of("big.jpg", Arrays.copyOf(good, 26 * 1024 * 1024), "E-PHOTO-LARGE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPhotos")
  void aBadPhotoIsRefusedAtItsFileAndTheOldSiteStays(String name, byte[] bytes, String code) throws IOException {
    assertThat(build(new Diagnostics()).written()).isPresent();
    Path index = project.resolve("site/index.html");
    byte[] before = Files.readAllBytes(index);
    Files.write(project.resolve("content/media/" + name), bytes);
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = build(diagnostics);
    assertThat(result.written()).isEmpty();
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(d -> d.code().equals(code)).toList();
    assertThat(errors).as(diagnostics.sorted().toString()).hasSize(1);
    assertThat(errors.get(0).at().file()).isEqualTo("content/media/" + name);
    assertThat(Files.readAllBytes(index)).isEqualTo(before);
  }

  @Test
  void aPhotoWithoutAltIsAnErrorAtItsLine() throws IOException {
    Path visit = project.resolve("content/practices/visit.md");
    Files.writeString(visit, Files.readString(visit).replace("    alt: 村道两旁的房屋\n", ""));
    assertThat(altErrorLines()).containsExactly(13);
  }

  @Test
  void aBodyPhotoWithoutAltIsAnErrorAtItsLine() throws IOException {
    Path visit = project.resolve("content/practices/visit.md");
    Files.writeString(visit, Files.readString(visit).replace("![走访路线示意图]", "![]"));
    assertThat(altErrorLines()).containsExactly(23);
  }

  private List<Integer> altErrorLines() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(build(diagnostics).written()).isEmpty();
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(d -> d.code().equals("E-PHOTO-ALT")).toList();
    assertThat(errors).extracting(d -> d.at().file()).containsOnly("content/practices/visit.md");
    return errors.stream().map(d -> d.at().line()).toList();
  }

  @Test
  void aPhotoBesideItsRecordIsProcessedAndPublishedBesideItsSection() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = build(diagnostics);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    assertThat(diagnostics.sorted()).as("a photo beside a record is not an ignored record file")
        .noneMatch(d -> d.at().file().endsWith("meeting-1.jpg"));
    Map<String, OutputFile> files = new TreeMap<>();
    result.files().forEach(f -> files.put(f.path(), f));
    // Stored 1000 × 750 with EXIF orientation 8: upright 750 × 1000.
    assertThat(files.keySet()).filteredOn(p -> p.startsWith("practices/meeting-1."))
        .containsExactly("practices/meeting-1.480w.jpg", "practices/meeting-1.750w.jpg");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(files.get("practices/meeting-1.750w.jpg").bytes()));
    assertThat(img.getWidth()).isEqualTo(750);
    assertThat(img.getHeight()).isEqualTo(1000);
    var page = Jsoup.parse(files.get("practices/meeting/index.html").text());
    assertThat(page.select("section.gallery img").eachAttr("src")).contains("/practices/meeting-1.750w.jpg");
    Element body = page.selectFirst(".body figure img");
    assertThat(body.attr("src")).isEqualTo("/practices/meeting-1.750w.jpg");
    assertThat(body.attr("srcset")).contains("/practices/meeting-1.480w.jpg 480w");
    assertThat(page.select(".body figure figcaption").text()).isEqualTo("签到");
    assertThat(files).doesNotContainKey("practices/meeting-1.jpg");
  }

  @Test
  void aCopyOfAPhotoBesideARecordComesOutAsTheSameBytes() throws IOException {
    build(new Diagnostics());
    Files.copy(project.resolve("content/practices/meeting-1.jpg"), project.resolve("content/practices/visit-9.jpg"));
    PipelineOptions o = options();
    Diagnostics diagnostics = new Diagnostics();
    BuildResult second = new Pipeline(o).build(diagnostics);
    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(second.files()).extracting(OutputFile::path).contains("practices/visit-9.750w.jpg");
    byte[] a = second.files().stream().filter(f -> f.path().equals("practices/visit-9.750w.jpg")).findFirst()
        .orElseThrow().bytes();
    byte[] b = second.files().stream().filter(f -> f.path().equals("practices/meeting-1.750w.jpg")).findFirst()
        .orElseThrow().bytes();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aMissingPhotoBesideARecordIsAnErrorAtItsLineAndColumn() throws IOException {
    Path meeting = project.resolve("content/practices/meeting.md");
    Files.writeString(meeting, Files.readString(meeting).replace("file: meeting-1.jpg", "file: meeting-2.jpg"));
    assertThat(errorsAt("E-MEDIA")).containsExactly("content/practices/meeting.md:10:11");
  }

  @Test
  void aPathThatLeadsOutOfContentIsAnErrorAtItsLineAndColumn() throws IOException {
    Path meeting = project.resolve("content/practices/meeting.md");
    Files.writeString(meeting, Files.readString(meeting).replace("file: meeting-1.jpg", "file: ../../meeting-1.jpg"));
    assertThat(errorsAt("E-PATH-ESCAPE")).containsExactly("content/practices/meeting.md:10:11");
  }

  @Test
  void aMissingOrEscapingPhotoInTheBodyIsAnErrorAtItsLineAndColumn() throws IOException {
    Path meeting = project.resolve("content/practices/meeting.md");
    Files.writeString(meeting, Files.readString(meeting).replace("(meeting-1.jpg", "(meeting-3.jpg")
        + "\n![远处](../../secret.jpg)\n");
    assertThat(errorsAt("E-MEDIA")).containsExactly("content/practices/meeting.md:16:8");
    assertThat(errorsAt("E-PATH-ESCAPE")).containsExactly("content/practices/meeting.md:18:5");
  }

  @Test
  void aPhotoUnderMediaIsStillFoundByTheSamePathWithOrWithoutMediaAndFromTheRecordFolder() throws IOException {
    Path meeting = project.resolve("content/practices/meeting.md");
    Files.writeString(meeting, Files.readString(meeting).replace("file: photos/poster.jpg", "file: ../media/photos/poster.jpg")
        .replace("cover: photos/phone-turned.jpg", "cover: media/photos/phone-turned.jpg"));
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = build(diagnostics);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    String page = result.files().stream().filter(f -> f.path().equals("practices/meeting/index.html")).findFirst()
        .orElseThrow().text();
    assertThat(Jsoup.parse(page).select("section.gallery img").eachAttr("src")).contains("/media/photos/poster.640w.jpg");
  }

  @Test
  void anAllowedVideoIsALinkThatLoadsNothingUntilTappedAndOnlyItsPageMayFrameItsHost() {
    BuildResult result = build(new Diagnostics());
    Map<String, OutputFile> files = new TreeMap<>();
    result.files().forEach(f -> files.put(f.path(), f));
    var page = Jsoup.parse(files.get("materials/lesson/index.html").text());
    String player = "https://player.bilibili.com/player.html?bvid=BV1xx411c7XD&autoplay=0";
    Element box = page.selectFirst(".videos .video-embed");
    assertThat(box.attr("data-embed-src")).isEqualTo(player);
    assertThat(box.select("a").attr("href")).as("works without script").isEqualTo(player);
    assertThat(box.text()).contains("三会一课示范（平台视频）", "player.bilibili.com");
    assertThat(page.select("iframe, script[src^=http], img[src^=http], link[href^=http]:not([rel=canonical]):not([rel=alternate])"))
        .as("nothing third-party is requested on load").isEmpty();
    String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).endsWith("; frame-src https://player.bilibili.com");
    String other = Jsoup.parse(files.get("practices/visit/index.html").text())
        .selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(other).doesNotContain("frame-src");
  }

  @Test
  void aVideoFromAHostSiteYamlDoesNotListIsAnErrorSayingHowToAllowItOrAttachAnMp4() throws IOException {
    Path lesson = project.resolve("content/materials/lesson.md");
    Files.writeString(lesson, Files.readString(lesson).replace("https://player.bilibili.com/", "https://www.example.com/"));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(build(diagnostics).written()).isEmpty();
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(d -> d.code().equals("E-VIDEO-EMBED")).toList();
    assertThat(errors).extracting(d -> d.at().file() + ":" + d.at().line() + ":" + d.at().column())
        .containsExactly("content/materials/lesson.md:11:12");
    String message = org.redpress.diagnostics.Messages.forLanguage("zh").message(errors.get(0).code(), errors.get(0).args());
    assertThat(message).contains("videoHosts: [www.example.com]", "attachments", "MP4");
  }

  @Test
  void withoutVideoHostsInSiteYamlNoVideoMayBeEmbedded() throws IOException {
    Path site = project.resolve("content/site.yaml");
    Files.writeString(site, Files.readString(site).replace("videoHosts: [player.bilibili.com]\n", ""));
    assertThat(errorsAt("E-VIDEO-EMBED")).containsExactly("content/materials/lesson.md:11:12");
  }

  @Test
  void aVideoAddressThatIsNotHttpsIsAnError() throws IOException {
    Path lesson = project.resolve("content/materials/lesson.md");
    Files.writeString(lesson, Files.readString(lesson).replace("https://player.bilibili.com/", "http://player.bilibili.com/"));
    assertThat(errorsAt("E-VIDEO-EMBED-URL")).containsExactly("content/materials/lesson.md:11:12");
  }

  private List<String> errorsAt(String code) {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(build(diagnostics).written()).isEmpty();
    return diagnostics.sorted().stream().filter(d -> d.code().equals(code))
        .map(d -> d.at().file() + ":" + d.at().line() + ":" + d.at().column()).toList();
  }

  @Test
  void attachmentsShowPdfPagesAndThumbnailVideoDurationAndATextHandoutCarriesABom() {
    BuildResult result = build(new Diagnostics());
    Map<String, OutputFile> files = new TreeMap<>();
    result.files().forEach(f -> files.put(f.path(), f));
    var page = Jsoup.parse(files.get("materials/lesson/index.html").text());
    assertThat(page.select(".attachment-pdf").text()).contains("共 3 页");
    assertThat(page.select(".attachment-pdf img").attr("src")).isEqualTo("/media/handout.pdf.p1.jpg");
    assertThat(files).containsKey("media/handout.pdf.p1.jpg");
    var video = page.selectFirst("video");
    assertThat(video.hasAttr("controls")).isTrue();
    assertThat(video.attr("preload")).isEqualTo("none");
    assertThat(video.attr("poster")).isEqualTo("/media/photos/poster.640w.jpg");
    assertThat(page.select(".attachment-video").text()).contains("1 分 35 秒");
    byte[] notes = files.get("media/notes.txt").bytes();
    assertThat(Arrays.copyOf(notes, 3)).containsExactly(0xef, 0xbb, 0xbf);
    assertThat(new String(notes, 3, notes.length - 3, StandardCharsets.UTF_8)).startsWith("三会一课学习要点");
  }

  @Test
  void aVideoOverTheAdvisedSizeIsAWarningAtItsFile() throws IOException {
    byte[] head = org.redpress.media.TestDocuments.mp4(60_000, 0);
    Files.write(project.resolve("content/media/talk.mp4"), Arrays.copyOf(head, 31 * 1024 * 1024));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(build(diagnostics).written()).isPresent();
    assertThat(diagnostics.sorted()).filteredOn(d -> d.code().equals("W-VIDEO-LARGE"))
        .extracting(d -> d.at().file()).containsExactly("content/media/talk.mp4");
  }

  private Map<Path, FileTime> cacheFiles() throws IOException {
    Map<Path, FileTime> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project.resolve(".redpress-cache"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(p, Files.getLastModifiedTime(p));
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

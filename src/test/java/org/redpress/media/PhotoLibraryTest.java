package org.redpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoLibraryTest {

  @TempDir Path dir;

  private Path media() throws IOException {
    return Files.createDirectories(dir.resolve("content/media"));
  }

  private PhotoLibrary library() {
    return new PhotoLibrary(dir.resolve("content/media"), dir.resolve(".redpress-cache"), PhotoLimits.DEFAULT);
  }

  private ProcessedPhoto ok(PhotoLibrary.Result r) {
    assertThat(r).isInstanceOf(PhotoLibrary.Ok.class);
    return ((PhotoLibrary.Ok) r).photo();
  }

  private String refusal(PhotoLibrary.Result r) {
    assertThat(r).isInstanceOf(PhotoLibrary.Refused.class);
    return ((PhotoLibrary.Refused) r).problem().code();
  }

  @Test
  void confirmsTheTestPhotoReallyCarriesGpsSerialAndThumbnail() {
    byte[] phone = TestPhotos.phoneJpeg(400, 300, 6, 1);
    assertThat(indexOf(phone, TestPhotos.SERIAL.getBytes(StandardCharsets.US_ASCII))).isPositive();
    assertThat(indexOf(phone, TestPhotos.gpsLatitudeBytes())).isPositive();
    assertThat(indexOf(phone, TestPhotos.THUMBNAIL_MARK.getBytes(StandardCharsets.US_ASCII))).isPositive();
    assertThat(Orientation.of(phone)).isEqualTo(6);
  }

  @Test
  void stripsGpsSerialThumbnailAndEveryExifBlockFromEveryVariant() throws IOException {
    Files.write(media().resolve("phone.jpg"), TestPhotos.phoneJpeg(2000, 1500, 6, 1));
    PhotoLibrary lib = library();
    ProcessedPhoto p = ok(lib.photo("phone.jpg"));
    assertThat(p.variants()).hasSize(3);
    for (Variant v : p.variants()) {
      byte[] out = lib.bytes(p, v);
      assertThat(indexOf(out, TestPhotos.SERIAL.getBytes(StandardCharsets.US_ASCII))).isNegative();
      assertThat(indexOf(out, TestPhotos.MAKE.getBytes(StandardCharsets.US_ASCII))).isNegative();
      assertThat(indexOf(out, TestPhotos.gpsLatitudeBytes())).isNegative();
      assertThat(indexOf(out, TestPhotos.THUMBNAIL_MARK.getBytes(StandardCharsets.US_ASCII))).isNegative();
      assertThat(indexOf(out, "Exif".getBytes(StandardCharsets.US_ASCII))).isNegative();
      assertThat(indexOf(out, new byte[] {(byte) 0xff, (byte) 0xe1})).as("no APP1 segment").isNegative();
      // One image only: a second start-of-image marker would be an embedded thumbnail.
      assertThat(indexOf(out, new byte[] {(byte) 0xff, (byte) 0xd8}, 2)).isNegative();
    }
  }

  @Test
  void turnsAPhotoUprightByItsExifOrientation() throws IOException {
    // Stored 800 × 600 with red in the stored top-left; orientation 6 = turn a quarter clockwise.
    Files.write(media().resolve("turned.jpg"), TestPhotos.phoneJpeg(800, 600, 6, 2));
    PhotoLibrary lib = library();
    ProcessedPhoto p = ok(lib.photo("turned.jpg"));
    assertThat(p.width()).isEqualTo(600);
    assertThat(p.height()).isEqualTo(800);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(lib.bytes(p, p.largest())));
    assertThat(img.getWidth()).isEqualTo(600);
    assertThat(img.getHeight()).isEqualTo(800);
    assertThat(red(img.getRGB(img.getWidth() - 10, 10))).as("red now top-right").isGreaterThan(180);
    assertThat(red(img.getRGB(10, 10))).as("top-left is no longer red").isLessThan(180);
  }

  @Test
  void makesThreeWidthsAndNeverUpscales() throws IOException {
    Files.write(media().resolve("big.jpg"), TestPhotos.phoneJpeg(2400, 1800, 1, 3));
    Files.write(media().resolve("small.png"), TestPhotos.png(TestPhotos.textured(700, 350, 4)));
    PhotoLibrary lib = library();
    assertThat(ok(lib.photo("big.jpg")).variants()).extracting(Variant::width).containsExactly(480, 960, 1600);
    assertThat(ok(lib.photo("big.jpg")).variants()).extracting(Variant::height).containsExactly(360, 720, 1200);
    ProcessedPhoto small = ok(lib.photo("small.png"));
    assertThat(small.variants()).extracting(Variant::width).containsExactly(480, 700);
    assertThat(small.variants()).extracting(Variant::extension).containsOnly("png");
  }

  @Test
  void aSecondLibraryOnTheSameCacheProcessesNothingAndGivesTheSameBytes() throws IOException {
    Files.write(media().resolve("a.jpg"), TestPhotos.phoneJpeg(1200, 900, 8, 5));
    Files.write(media().resolve("b.jpg"), TestPhotos.phoneJpeg(1000, 700, 1, 6));
    PhotoLibrary first = library();
    first.prepare(List.of("a.jpg", "b.jpg"), 2);
    assertThat(first.processedCount()).isEqualTo(2);
    PhotoLibrary second = library();
    second.prepare(List.of("a.jpg", "b.jpg"), 2);
    assertThat(second.processedCount()).isZero();
    for (String name : List.of("a.jpg", "b.jpg")) {
      ProcessedPhoto p1 = ok(first.photo(name));
      ProcessedPhoto p2 = ok(second.photo(name));
      assertThat(p2).isEqualTo(p1);
      for (Variant v : p1.variants()) {
        assertThat(second.bytes(p2, v)).isEqualTo(first.bytes(p1, v));
      }
    }
  }

  @Test
  void processingTwiceWithoutACacheGivesIdenticalBytes() throws IOException {
    Files.write(media().resolve("a.jpg"), TestPhotos.phoneJpeg(1700, 1100, 3, 9));
    PhotoLibrary first = library();
    ProcessedPhoto p = ok(first.photo("a.jpg"));
    List<byte[]> before = new ArrayList<>();
    for (Variant v : p.variants()) {
      before.add(first.bytes(p, v));
    }
    deleteTree(dir.resolve(".redpress-cache"));
    PhotoLibrary again = library();
    ProcessedPhoto q = ok(again.photo("a.jpg"));
    assertThat(again.processedCount()).isEqualTo(1);
    for (int i = 0; i < q.variants().size(); i++) {
      assertThat(again.bytes(q, q.variants().get(i))).isEqualTo(before.get(i));
    }
  }

  @Test
  void refusesADecompressionBombByItsHeaderBeforeDecoding() throws IOException {
    Files.write(media().resolve("bomb.png"), TestPhotos.pngHeaderOnly(50_000, 50_000));
    assertThat(refusal(library().photo("bomb.png"))).isEqualTo("E-PHOTO-PIXELS");
  }

  @Test
  void refusesATruncatedJpeg() throws IOException {
    byte[] whole = TestPhotos.phoneJpeg(800, 600, 1, 10);
    Files.write(media().resolve("cut.jpg"), Arrays.copyOf(whole, whole.length / 2));
    assertThat(refusal(library().photo("cut.jpg"))).isEqualTo("E-PHOTO-TRUNCATED");
  }

  @Test
  void refusesACorruptFile() throws IOException {
    byte[] junk = new byte[5000];
    new java.util.Random(1).nextBytes(junk);
    junk[0] = (byte) 0xff;
    junk[1] = (byte) 0xd8;
    junk[2] = (byte) 0xff;
    junk[junk.length - 2] = (byte) 0xff;
    junk[junk.length - 1] = (byte) 0xd9;
    Files.write(media().resolve("junk.jpg"), junk);
    Files.write(media().resolve("text.jpg"), "not a photo".getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(library().photo("junk.jpg"))).isIn("E-PHOTO-CORRUPT", "E-PHOTO-TRUNCATED");
    assertThat(refusal(library().photo("text.jpg"))).isEqualTo("E-PHOTO-CORRUPT");
  }

  @Test
  void refusesAFileWhoseExtensionLies() throws IOException {
    Files.write(media().resolve("really-png.jpg"), TestPhotos.png(TestPhotos.textured(64, 64, 1)));
    PhotoLibrary.Refused r = (PhotoLibrary.Refused) library().photo("really-png.jpg");
    assertThat(r.problem().code()).isEqualTo("E-PHOTO-EXTENSION");
    assertThat(r.problem().args()).contains("png");
  }

  @Test
  void refusesHeicWithAnExplanation() throws IOException {
    Files.write(media().resolve("IMG_0001.HEIC"), TestPhotos.heicHead());
    Files.write(media().resolve("renamed.jpg"), TestPhotos.heicHead());
    assertThat(refusal(library().photo("IMG_0001.HEIC"))).isEqualTo("E-PHOTO-HEIC");
    assertThat(refusal(library().photo("renamed.jpg"))).isEqualTo("E-PHOTO-HEIC");
  }

  @Test
  void refusesAPhotoOverTheSizeLimit() throws IOException {
    Files.write(media().resolve("huge.jpg"), TestPhotos.phoneJpeg(600, 400, 1, 11));
    PhotoLibrary small = new PhotoLibrary(dir.resolve("content/media"), dir.resolve(".redpress-cache"),
        new PhotoLimits(10_000, 64_000_000L, 16_384));
    assertThat(refusal(small.photo("huge.jpg"))).isEqualTo("E-PHOTO-LARGE");
  }

  @Test
  void convertsACmykJpegToRgb() throws IOException {
    Files.write(media().resolve("scan.jpg"), TestPhotos.cmykJpeg(640, 480));
    PhotoLibrary lib = library();
    ProcessedPhoto p = ok(lib.photo("scan.jpg"));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(lib.bytes(p, p.largest())));
    assertThat(img.getColorModel().getNumComponents()).isEqualTo(3);
    assertThat(img.getWidth()).isEqualTo(640);
  }

  private static int red(int rgb) {
    return (rgb >> 16) & 0xff;
  }

  static int indexOf(byte[] hay, byte[] needle) {
    return indexOf(hay, needle, 0);
  }

  static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

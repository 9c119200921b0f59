package org.redpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {

  @TempDir Path dir;

  @Test
  void readsThePageCountAndRendersTheFirstPage() throws IOException {
    Path media = Files.createDirectories(dir.resolve("content/media"));
    Files.write(media.resolve("handout.pdf"), TestDocuments.pdf(3));
    PdfLibrary lib = new PdfLibrary(media, dir.resolve(".redpress-cache"));
    PdfDocument doc = ((PdfLibrary.Ok) lib.document("handout.pdf")).document();
    assertThat(doc.pages()).isEqualTo(3);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(lib.thumbnail(doc)));
    assertThat(img.getWidth()).isEqualTo(480);
    assertThat(img.getHeight()).isBetween(670, 690); // A4 is 1 : 1.414
    assertThat((img.getRGB(240, 30) >> 16) & 0xff).as("the red band at the top").isGreaterThan(150);
    PdfLibrary again = new PdfLibrary(media, dir.resolve(".redpress-cache"));
    assertThat(((PdfLibrary.Ok) again.document("handout.pdf")).document()).isEqualTo(doc);
  }

  @Test
  void refusesADamagedPdf() throws IOException {
    Path media = Files.createDirectories(dir.resolve("content/media"));
    Files.write(media.resolve("bad.pdf"), "%PDF-1.7\nnot really".getBytes());
    PdfLibrary lib = new PdfLibrary(media, dir.resolve(".redpress-cache"));
    assertThat(((PdfLibrary.Refused) lib.document("bad.pdf")).problem().code()).isEqualTo("E-PDF-UNREADABLE");
  }

  @Test
  void readsAnMp4DurationFromItsMovieHeaderInBothVersions() throws IOException {
    Files.write(dir.resolve("v0.mp4"), TestDocuments.mp4(95_400, 0));
    Files.write(dir.resolve("v1.mp4"), TestDocuments.mp4(3_600_000L * 3 + 2_000, 1));
    Files.write(dir.resolve("junk.mp4"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThat(Mp4Duration.seconds(dir.resolve("v0.mp4"))).hasValue(95);
    assertThat(Mp4Duration.seconds(dir.resolve("v1.mp4"))).hasValue(3 * 3600 + 2);
    assertThat(Mp4Duration.seconds(dir.resolve("junk.mp4"))).isEmpty();
  }
}

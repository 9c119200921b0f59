package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MediaPathsTest {

  private final SortedSet<String> media = new TreeSet<>(java.util.List.of(
      "photos/a.jpg", "visit-1.jpg", "../practices/visit-1.jpg", "../materials/lesson-1.jpg"));

  @Test
  void aNameIsThePhotoBesideTheRecordWhenThereIsOneElseAPathUnderMedia() {
    assertThat(MediaPaths.resolve("practices", "visit-1.jpg", media)).isEqualTo("../practices/visit-1.jpg");
    assertThat(MediaPaths.resolve("materials", "visit-1.jpg", media)).as("none beside a material").isEqualTo("visit-1.jpg");
    assertThat(MediaPaths.resolve("practices", "photos/a.jpg", media)).isEqualTo("photos/a.jpg");
  }

  @Test
  void mediaSlashAndDotDotSlashMediaMeanOnlyTheMediaFolder() {
    assertThat(MediaPaths.resolve("practices", "media/visit-1.jpg", media)).isEqualTo("visit-1.jpg");
    assertThat(MediaPaths.resolve("practices", "../media/photos/a.jpg", media)).isEqualTo("photos/a.jpg");
    assertThat(MediaPaths.resolve("practices", "../materials/lesson-1.jpg", media)).isEqualTo("../materials/lesson-1.jpg");
  }

  @Test
  void oneLeadingDotDotIsAsFarUpAsAPathGoes() {
    assertThat(MediaPaths.isSafe("../media/a.jpg")).isTrue();
    assertThat(MediaPaths.isSafe("visit-1.jpg")).isTrue();
    assertThat(MediaPaths.escapes("../../etc/passwd.jpg")).isTrue();
    assertThat(MediaPaths.isSafe("../../etc/passwd.jpg")).isFalse();
    assertThat(MediaPaths.isSafe("photos/../../a.jpg")).isFalse();
    assertThat(MediaPaths.isSafe("./a.jpg")).isFalse();
    assertThat(MediaPaths.isSafe("/etc/a.jpg")).isFalse();
  }

  @Test
  void aKeyIsPublishedAtItsPathUnderContent() {
    assertThat(MediaPaths.inContent("photos/a.960w.jpg")).isEqualTo("media/photos/a.960w.jpg");
    assertThat(MediaPaths.inContent("../practices/visit-1.960w.jpg")).isEqualTo("practices/visit-1.960w.jpg");
  }

  @Test
  void onlyPhotosMaySitBesideRecords() {
    assertThat(MediaPaths.isBesidePhoto("visit-1.JPG")).isTrue();
    assertThat(MediaPaths.isBesidePhoto("IMG_1.heic")).isTrue();
    assertThat(MediaPaths.isBesidePhoto("handout.pdf")).isFalse();
    assertThat(MediaPaths.isBesidePhoto("visit.md")).isFalse();
  }
}

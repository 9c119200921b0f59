package org.redpress.render;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.redpress.media.Mp4Duration;
import org.redpress.media.PdfDocument;
import org.redpress.media.PdfLibrary;

/**
 * What attachments show before a resident downloads them: a PDF's page count and first-page
 * thumbnail (published as {@code media/<file>.p1.jpg}), a video's duration.
 */
final class Documents {

  /** A video over this size gets a warning advising external hosting. */
  static final long VIDEO_WARN_BYTES = 30L * 1024 * 1024;

  private final PdfLibrary pdfs;
  private final Path mediaDir;

  Documents(PdfLibrary pdfs, Path mediaDir) {
    this.pdfs = pdfs;
    this.mediaDir = mediaDir.toAbsolutePath().normalize();
  }

  PdfLibrary pdfs() {
    return pdfs;
  }

  /** The PDF read, when {@code mediaPath} is a readable PDF. */
  Optional<PdfDocument> pdf(String mediaPath) {
    return PdfLibrary.isPdf(mediaPath) && pdfs.document(mediaPath) instanceof PdfLibrary.Ok ok
        ? Optional.of(ok.document()) : Optional.empty();
  }

  /** The media path of a PDF's thumbnail: {@code handout.pdf} → {@code handout.pdf.p1.jpg}. */
  static String thumbnailPath(String pdfPath) {
    return pdfPath + ".p1.jpg";
  }

  /** A video's duration in seconds, when it is a video with a readable header. */
  OptionalLong videoSeconds(String mediaPath) {
    if (!Mp4Duration.isVideo(mediaPath)) {
      return OptionalLong.empty();
    }
    Path file = mediaDir.resolve(mediaPath).normalize();
    return file.startsWith(mediaDir) ? Mp4Duration.seconds(file) : OptionalLong.empty();
  }
}

package org.redpress.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.redpress.hashing.Sha256;

/**
 * The PDFs of one {@code content/media/} folder, read with PDFBox: page count and a first page
 * rendered at build time as a 480 px JPEG, cached by content hash beside the photos. Thread-safe.
 */
public final class PdfLibrary {

  /** Width of the first-page thumbnail: a phone's column. */
  static final int THUMBNAIL_WIDTH = 480;
  static final String VERSION = "pdf-v1";
  /** A PDF bigger than this is not a handout a resident should download on a phone: refused. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /** The outcome for one file. */
  public sealed interface Result permits Ok, Refused {}

  /** Read. */
  public record Ok(PdfDocument document) implements Result {}

  /** Refused, with the reason. */
  public record Refused(MediaProblem problem) implements Result {}

  private final Path mediaDir;
  private final Path cacheDir;
  private final Map<String, Result> results = new ConcurrentHashMap<>();

  public PdfLibrary(Path mediaDir, Path cacheDir) {
    this.mediaDir = mediaDir.toAbsolutePath().normalize();
    this.cacheDir = cacheDir.resolve("pdf");
  }

  /** Whether the build reads this media path as a PDF. */
  public static boolean isPdf(String mediaPath) {
    return mediaPath.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
  }

  /** The PDF at {@code mediaPath} (memoised). */
  public Result document(String mediaPath) {
    Result known = results.get(mediaPath);
    if (known != null) {
      return known;
    }
    Result made = read(mediaPath);
    Result raced = results.putIfAbsent(mediaPath, made);
    return raced == null ? made : raced;
  }

  /** The thumbnail's bytes. */
  public byte[] thumbnail(PdfDocument doc) throws IOException {
    return Files.readAllBytes(cacheDir.resolve(doc.key() + ".jpg"));
  }

  private Result read(String mediaPath) {
    Path file = mediaDir.resolve(mediaPath).normalize();
    try {
      if (!file.startsWith(mediaDir) || !file.toRealPath().startsWith(mediaDir.toRealPath())) {
        return new Refused(MediaProblem.of("E-MEDIA-COPY", "outside content/media/"));
      }
      if (Files.size(file) > MAX_BYTES) {
        return new Refused(MediaProblem.of("E-PDF-LARGE", Files.size(file) / 1024 / 1024, MAX_BYTES / 1024 / 1024));
      }
      byte[] data = Files.readAllBytes(file);
      String key = Sha256.hex(VERSION + ":" + Sha256.hex(data));
      Path info = cacheDir.resolve(key + ".txt");
      Path thumb = cacheDir.resolve(key + ".jpg");
      if (Files.isRegularFile(info) && Files.isRegularFile(thumb)) {
        List<String> lines = Files.readAllLines(info, StandardCharsets.UTF_8);
        String[] v = lines.get(1).split(" ");
        return new Ok(new PdfDocument(key, Integer.parseInt(lines.get(0)),
            new Variant(Integer.parseInt(v[0]), Integer.parseInt(v[1]), "jpg")));
      }
      try (PDDocument doc = Loader.loadPDF(data)) {
        int pages = doc.getNumberOfPages();
        if (pages == 0) {
          return new Refused(MediaProblem.of("E-PDF-UNREADABLE"));
        }
        PDRectangle box = doc.getPage(0).getCropBox();
        float scale = THUMBNAIL_WIDTH / Math.max(1f, box.getWidth());
        BufferedImage page = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
        byte[] jpeg = PhotoProcessor.writeJpeg(toIntRgb(page));
        Files.createDirectories(cacheDir);
        write(thumb, jpeg);
        write(info, (pages + "\n" + page.getWidth() + " " + page.getHeight() + "\n").getBytes(StandardCharsets.UTF_8));
        return new Ok(new PdfDocument(key, pages, new Variant(page.getWidth(), page.getHeight(), "jpg")));
      }
    } catch (MediaProblemException e) {
      return new Refused(e.problem());
    } catch (IOException | RuntimeException e) {
      return new Refused(MediaProblem.of("E-PDF-UNREADABLE"));
    }
  }

  private static BufferedImage toIntRgb(BufferedImage in) {
    if (in.getType() == BufferedImage.TYPE_INT_RGB) {
      return in;
    }
    BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
    out.createGraphics().drawImage(in, 0, 0, null);
    return out;
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".tmp-", "");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

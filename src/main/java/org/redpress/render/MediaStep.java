package org.redpress.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.redpress.content.MediaPaths;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.media.MediaProblem;
import org.redpress.media.Mp4Duration;
import org.redpress.media.PdfLibrary;
import org.redpress.media.PhotoLibrary;
import org.redpress.media.ProcessedPhoto;
import org.redpress.media.Variant;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * Publishes the files of {@code content/media/} the model lists under {@code media/}, and the photos
 * beside records at their place ({@code content/practices/a.jpg} as {@code practices/a.960w.jpg}): a photo
 * (JPEG, PNG) as its resized variants only — the original, with its GPS position and camera
 * serial, is never published — processed on every core or taken from the cache; a UTF-8 text
 * handout with a byte-order mark, so browsers read it right whatever charset a static host
 * announces; anything else as it is. A file whose bytes are a photo under another extension is
 * refused (it would slip past the processing).
 */
final class MediaStep implements OutputStep {

  private final Path mediaDir;
  private final PhotoLibrary photos;
  private final Documents documents;

  MediaStep(Path contentDir, PhotoLibrary photos, Documents documents) {
    this.mediaDir = contentDir.resolve("media").toAbsolutePath().normalize();
    this.photos = photos;
    this.documents = documents;
  }

  @Override
  public String name() {
    return "media";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    List<String> photoPaths = model.media().stream().filter(PhotoLibrary::isPhoto).toList();
    photos.prepare(photoPaths, Runtime.getRuntime().availableProcessors());
    List<OutputFile> out = new ArrayList<>();
    for (String path : model.media()) {
      if (PhotoLibrary.isPhoto(path)) {
        out.addAll(variants(path, diagnostics));
      } else {
        copy(path, diagnostics).ifPresent(out::add);
        pdfThumbnail(path, diagnostics).ifPresent(out::add);
        checkVideo(path, diagnostics);
      }
    }
    out.sort(java.util.Comparator.comparing(OutputFile::path));
    return out;
  }

  /**
   * The file at {@code media/<path>}: a variant of a listed photo ({@code a.960w.jpg}), or a listed
   * file that is not a photo. The preview asks for files one by one.
   */
  Optional<OutputFile> file(SiteModel model, String path, Diagnostics diagnostics) {
    if (model.media().contains(path) && !PhotoLibrary.isPhoto(path)) {
      return copy(path, diagnostics);
    }
    if (path.endsWith(".p1.jpg") && model.media().contains(path.substring(0, path.length() - ".p1.jpg".length()))) {
      return pdfThumbnail(path.substring(0, path.length() - ".p1.jpg".length()), diagnostics);
    }
    for (String photo : model.media()) {
      if (PhotoLibrary.isPhoto(photo) && sameStem(photo, path)) {
        Optional<OutputFile> variant = variants(photo, diagnostics).stream()
            .filter(f -> f.path().equals(MediaPaths.inContent(path))).findFirst();
        if (variant.isPresent()) {
          return variant;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameStem(String photo, String variantPath) {
    int dot = photo.lastIndexOf('.');
    return variantPath.startsWith((dot < 0 ? photo : photo.substring(0, dot)) + ".");
  }

  /** A PDF's first page as {@code media/<file>.p1.jpg}; an unreadable PDF is an error at its file. */
  private Optional<OutputFile> pdfThumbnail(String path, Diagnostics diagnostics) {
    if (!PdfLibrary.isPdf(path)) {
      return Optional.empty();
    }
    String shown = "content/media/" + path;
    PdfLibrary.Result result = documents.pdfs().document(path);
    if (result instanceof PdfLibrary.Refused refused) {
      diagnostics.error(refused.problem().code(), SourcePosition.startOf(shown), refused.problem().args().toArray());
      return Optional.empty();
    }
    try {
      return Optional.of(new OutputFile("media/" + Documents.thumbnailPath(path),
          documents.pdfs().thumbnail(((PdfLibrary.Ok) result).document())));
    } catch (IOException e) {
      diagnostics.error("E-MEDIA-COPY", SourcePosition.of(shown), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** A video whose duration cannot be read is an error; one over the advised size, a warning. */
  private void checkVideo(String path, Diagnostics diagnostics) {
    if (!Mp4Duration.isVideo(path)) {
      return;
    }
    String shown = "content/media/" + path;
    if (documents.videoSeconds(path).isEmpty()) {
      diagnostics.error("E-VIDEO-UNREADABLE", SourcePosition.startOf(shown));
      return;
    }
    try {
      long size = Files.size(mediaDir.resolve(path));
      if (size > Documents.VIDEO_WARN_BYTES) {
        diagnostics.warning("W-VIDEO-LARGE", SourcePosition.startOf(shown), size / 1024 / 1024,
            Documents.VIDEO_WARN_BYTES / 1024 / 1024);
      }
    } catch (IOException e) {
      diagnostics.error("E-MEDIA-COPY", SourcePosition.of(shown), String.valueOf(e.getMessage()));
    }
  }

  private List<OutputFile> variants(String path, Diagnostics diagnostics) {
    String shown = "content/" + MediaPaths.inContent(path);
    PhotoLibrary.Result result = photos.photo(path);
    if (result instanceof PhotoLibrary.Refused refused) {
      MediaProblem p = refused.problem();
      diagnostics.error(p.code(), SourcePosition.startOf(shown), p.args().toArray());
      return List.of();
    }
    ProcessedPhoto photo = ((PhotoLibrary.Ok) result).photo();
    List<OutputFile> out = new ArrayList<>();
    for (Variant v : photo.variants()) {
      try {
        out.add(new OutputFile(MediaPaths.inContent(v.pathFor(path)), photos.bytes(photo, v)));
      } catch (IOException e) {
        diagnostics.error("E-MEDIA-COPY", SourcePosition.of(shown), String.valueOf(e.getMessage()));
      }
    }
    return out;
  }

  private Optional<OutputFile> copy(String path, Diagnostics diagnostics) {
    Path file = mediaDir.resolve(path).normalize();
    String shown = "content/media/" + path;
    try {
      // The loader already refused links leading out; check again rather than trust a list.
      if (!file.startsWith(mediaDir) || !file.toRealPath().startsWith(mediaDir.toRealPath())) {
        diagnostics.error("E-MEDIA-COPY", SourcePosition.of(shown), "outside content/media/");
        return Optional.empty();
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(64);
      }
      Optional<String> disguised = PhotoLibrary.disguisedPhoto(head);
      if (disguised.isPresent()) {
        String ext = extension(path);
        diagnostics.error("E-PHOTO-EXTENSION", SourcePosition.startOf(shown), ext,
            disguised.get().toUpperCase(Locale.ROOT), disguised.get());
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(new OutputFile("media/" + path, extension(path).equals("txt") ? withBom(bytes) : bytes));
    } catch (IOException | IllegalArgumentException e) {
      diagnostics.error("E-MEDIA-COPY", SourcePosition.of(shown), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * UTF-8 text with a byte-order mark in front: browsers honour it over a missing or wrong
   * charset header (python3 -m http.server, object storage), so a handout never shows as mojibake.
   * Text that already has one, or is not UTF-8, is left as it is.
   */
  static byte[] withBom(byte[] text) {
    if (text.length >= 3 && (text[0] & 0xff) == 0xef && (text[1] & 0xff) == 0xbb && (text[2] & 0xff) == 0xbf) {
      return text;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      return text;
    }
    byte[] out = new byte[text.length + 3];
    out[0] = (byte) 0xef;
    out[1] = (byte) 0xbb;
    out[2] = (byte) 0xbf;
    System.arraycopy(text, 0, out, 3, text.length);
    return out;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

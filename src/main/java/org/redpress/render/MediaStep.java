package org.redpress.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/** Copies the files of {@code content/media/} the model lists to {@code media/}, as they are. */
final class MediaStep implements OutputStep {

  private final Path mediaDir;

  MediaStep(Path contentDir) {
    this.mediaDir = contentDir.resolve("media").toAbsolutePath().normalize();
  }

  @Override
  public String name() {
    return "media";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    List<OutputFile> out = new ArrayList<>();
    for (String path : model.media()) {
      copy(path, diagnostics).ifPresent(out::add);
    }
    return out;
  }

  /** The copy of {@code content/media/<path>}, if the model lists it and it can be read. */
  Optional<OutputFile> file(SiteModel model, String path, Diagnostics diagnostics) {
    return model.media().contains(path) ? copy(path, diagnostics) : Optional.empty();
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
      return Optional.of(new OutputFile("media/" + path, Files.readAllBytes(file)));
    } catch (IOException | IllegalArgumentException e) {
      diagnostics.error("E-MEDIA-COPY", SourcePosition.of(shown), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }
}

package org.redpress.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * The theme's font for share cards and icons: the first {@code .otf} or {@code .ttf} file (by
 * name) under {@code templates/fonts/}. Cards are drawn from this file only, never from the
 * machine's fonts, so their bytes are the same on every machine.
 */
final class CardFont {

  private CardFont() {}

  /** The font, or empty (with a {@code W-CARD-FONT} warning) when the theme has none that loads. */
  static Optional<Font> load(Path templatesDir, Diagnostics diagnostics) {
    Path dir = templatesDir.resolve("fonts");
    String shown = (templatesDir.getFileName() == null ? "templates" : templatesDir.getFileName()) + "/fonts";
    Optional<Path> file;
    try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      file = files.filter(p -> p.getFileName().toString().matches("(?i).+\\.(otf|ttf)")).sorted().findFirst();
    } catch (IOException e) {
      file = Optional.empty();
    }
    if (file.isEmpty()) {
      diagnostics.warning("W-CARD-FONT", SourcePosition.of(shown));
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file.get())) {
      return Optional.of(Font.createFont(Font.TRUETYPE_FONT, in));
    } catch (IOException | FontFormatException e) {
      diagnostics.warning("W-CARD-FONT", SourcePosition.of(shown + "/" + file.get().getFileName()));
      return Optional.empty();
    }
  }
}

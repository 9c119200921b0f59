package org.redpress.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * Refuses output directories that a build's swap would destroy: the project, {@code content/},
 * {@code templates/} or {@code .git}, anything inside the last three, their ancestors, the file
 * system root, a symbolic link, a file, and a non-empty folder that redpress did not write (one
 * without {@link #MARKER}). Paths are compared as the file system resolves them, so a symbolic
 * link on the way cannot lead the swap into a folder it must not touch.
 */
public final class OutputDirPolicy {

  /** The file every site redpress writes holds; only a folder holding it may be replaced. */
  public static final String MARKER = ".redpress-site";

  private final PipelineOptions options;

  public OutputDirPolicy(PipelineOptions options) {
    this.options = options;
  }

  /** Whether {@code options.outDir()} may be written; if not, says why in {@code diagnostics}. */
  public boolean isSafe(Diagnostics diagnostics) {
    Path out = options.outDir();
    String shown = out.toString();
    Path real = real(out);
    List<Path> sources = List.of(real(options.contentDir()), real(options.templatesDir()),
        real(options.projectDir().resolve(".git")));
    boolean unsafe = real.getParent() == null
        || Files.isSymbolicLink(out)
        || real(options.projectDir()).startsWith(real)
        || sources.stream().anyMatch(s -> s.startsWith(real) || real.startsWith(s));
    if (unsafe) {
      diagnostics.error("E-OUT-DIR", SourcePosition.of(shown), shown);
      return false;
    }
    if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error("E-OUT-DIR-FILE", SourcePosition.of(shown), shown);
      return false;
    }
    if (!isEmptyOrOurs(real)) {
      diagnostics.error("E-OUT-DIR-FOREIGN", SourcePosition.of(shown), shown, MARKER);
      return false;
    }
    return true;
  }

  /** Missing, empty, or holding the marker of a site redpress wrote. */
  private static boolean isEmptyOrOurs(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false; // cannot tell what is in it: do not replace it
    }
  }

  /**
   * The path as the file system resolves it: its longest existing part with every symbolic link
   * followed, then the rest as written.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}

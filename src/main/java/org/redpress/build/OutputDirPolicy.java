package org.redpress.build;

import java.nio.file.Files;
import java.nio.file.Path;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * Refuses output directories that a swap would destroy or that would mix with sources: the
 * project, content or templates directory or any of their ancestors, the file system root, or
 * a symbolic link.
 */
public final class OutputDirPolicy {

  private final PipelineOptions options;

  public OutputDirPolicy(PipelineOptions options) {
    this.options = options;
  }

  /** Whether {@code options.outDir()} may be written; if not, says why in {@code diagnostics}. */
  public boolean isSafe(Diagnostics diagnostics) {
    Path out = options.outDir();
    boolean unsafe = out.getParent() == null
        || Files.isSymbolicLink(out)
        || covers(out, options.projectDir())
        || covers(out, options.contentDir())
        || covers(out, options.templatesDir())
        || out.startsWith(options.contentDir())
        || out.startsWith(options.templatesDir());
    if (unsafe) {
      diagnostics.error("E-OUT-DIR", SourcePosition.of(out.toString()), out.toString());
    }
    return !unsafe;
  }

  /** Whether replacing {@code out} would replace {@code dir}. */
  private static boolean covers(Path out, Path dir) {
    return dir.toAbsolutePath().normalize().startsWith(out);
  }
}

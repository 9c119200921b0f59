package org.redpress.diagnostics;

import java.util.Comparator;

/**
 * Where a diagnostic points: a project-relative path with forward slashes, and a 1-based line
 * and column (0 when unknown, e.g. for a whole file).
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparing(SourcePosition::file)
          .thenComparingInt(SourcePosition::line)
          .thenComparingInt(SourcePosition::column);

  public SourcePosition {
    if (file == null || file.isEmpty()) {
      throw new IllegalArgumentException("file is required");
    }
    file = file.replace('\\', '/');
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  /** A position naming only a file or folder (a path outside the content, an option). */
  public static SourcePosition of(String file) {
    return new SourcePosition(file, 0, 0);
  }

  /**
   * A problem with a file's content as a whole (empty, too large, a duplicate id): its first
   * line, so editors and CI annotations can show it like any other finding.
   */
  public static SourcePosition startOf(String file) {
    return new SourcePosition(file, 1, 1);
  }

  /** The same file at another line and column. */
  public SourcePosition at(int newLine, int newColumn) {
    return new SourcePosition(file, newLine, newColumn);
  }

  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:col}, dropping the parts that are unknown. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}

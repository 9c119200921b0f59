package org.redpress.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the diagnostics of one run. Safe to share between the threads of a parallel stage;
 * {@link #sorted()} gives them in file, line, column order, as they are reported.
 */
public final class Diagnostics {

  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void addAll(Collection<Diagnostic> diagnostics) {
    // Most files have nothing to report; parallel loaders should not queue for the lock then.
    if (diagnostics.isEmpty()) {
      return;
    }
    synchronized (this) {
      items.addAll(diagnostics);
    }
  }

  public void error(String code, SourcePosition at, Object... args) {
    add(Diagnostic.error(code, at, args));
  }

  public void warning(String code, SourcePosition at, Object... args) {
    add(Diagnostic.warning(code, at, args));
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** Whether an error was reported for {@code file} (a project-relative path). */
  public synchronized boolean hasErrorsFor(String file) {
    return items.stream().anyMatch(d -> d.isError() && d.at().file().equals(file));
  }

  public synchronized long errorCount() {
    return items.stream().filter(Diagnostic::isError).count();
  }

  public synchronized long warningCount() {
    return items.size() - errorCount();
  }

  /** All diagnostics, sorted and without exact duplicates. */
  public synchronized List<Diagnostic> sorted() {
    return items.stream().distinct().sorted().toList();
  }
}

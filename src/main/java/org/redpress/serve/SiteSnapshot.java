package org.redpress.serve;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.redpress.model.OutputFile;
import org.redpress.model.SiteModel;
import org.redpress.search.SearchIndex;

/**
 * One good build as the server sees it: site-relative path to file, the base path, a generation
 * number, and its search index. Immutable, so a request that holds it sees one build throughout
 * and no request ever reads the disk.
 */
final class SiteSnapshot {

  private final Map<String, StaticFile> files;
  private final String basePath;
  private final long generation;
  private final Memo<SearchIndex> search;

  private SiteSnapshot(Map<String, StaticFile> files, String basePath, long generation, Memo<SearchIndex> search) {
    this.files = files;
    this.basePath = basePath;
    this.generation = generation;
    this.search = search;
  }

  /** Nothing built yet: every request gets the error page or a 404. */
  static SiteSnapshot empty() {
    return new SiteSnapshot(Map.of(), "/", 0, null);
  }

  /**
   * The snapshot after {@code previous} for a build's {@code output}. A file whose bytes did
   * not change keeps its entry (same ETag and Last-Modified); the paths whose bytes changed,
   * appeared or went away are returned with it.
   */
  static Publication next(SiteSnapshot previous, List<OutputFile> output, SiteModel model, long nowMillis) {
    Map<String, StaticFile> files = new HashMap<>(output.size() * 2);
    SortedSet<String> changed = new TreeSet<>();
    for (OutputFile out : output) {
      StaticFile old = previous.files.get(out.path());
      // Compared in place: only a file that changed is copied out of its OutputFile.
      if (old != null && out.sameBytes(old.bytes())) {
        files.put(out.path(), old);
      } else {
        files.put(out.path(), StaticFile.of(out.path(), out.bytes(), nowMillis));
        changed.add(out.path());
      }
    }
    previous.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
    Memo<SearchIndex> search = new Memo<>(() -> SearchIndex.build(model));
    SiteSnapshot next = new SiteSnapshot(Collections.unmodifiableMap(files), model.config().basePath(),
        previous.generation + 1, search);
    return new Publication(next, Collections.unmodifiableSortedSet(changed));
  }

  Optional<StaticFile> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  boolean has(String path) {
    return files.containsKey(path);
  }

  int size() {
    return files.size();
  }

  boolean isEmpty() {
    return files.isEmpty();
  }

  /** The published path prefix, {@code /} or e.g. {@code /alliance/}. */
  String basePath() {
    return basePath;
  }

  /** 0 before the first good build, then one more per published build. */
  long generation() {
    return generation;
  }

  /** The Lucene index of this build, made on first use (or by {@link #warmSearch}) and kept. */
  Optional<SearchIndex> search() {
    return search == null ? Optional.empty() : Optional.of(search.get());
  }

  /** Builds the search index now, so the first query after a rebuild does not wait for it. */
  void warmSearch() {
    search();
  }

  /** A snapshot together with the site-relative paths it changed. */
  record Publication(SiteSnapshot snapshot, SortedSet<String> changed) {}

  /** A value computed once, on first demand; its supplier (and what it holds) is then dropped. */
  static final class Memo<T> {
    private Supplier<T> supplier;
    private volatile T value;

    Memo(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          if (value == null) {
            value = supplier.get();
            supplier = null;
          }
          v = value;
        }
      }
      return v;
    }
  }
}

package org.redpress.serve;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.redpress.model.OutputFile;
import org.redpress.search.SearchIndex;

/**
 * One good build as the server sees it: site-relative path to file, the base path, a generation
 * number, and its search index. Immutable, so a request that holds it sees one build throughout
 * and no request ever reads the disk.
 *
 * <p>A rebuild is published in two steps. {@link #next} takes the pages and every other output
 * but the search index, keeping the previous build's search files and index meanwhile (the
 * search page keeps working, one edit behind); {@link #withSearch} then swaps in the new
 * index. Only {@code next} starts a new generation: it is what browsers reload for.
 */
final class SiteSnapshot {

  private final Map<String, StaticFile> files;
  private final String basePath;
  private final long generation;
  private final SearchIndex search;
  private final Set<String> searchFiles;
  private final long searchVersion;

  private SiteSnapshot(Map<String, StaticFile> files, String basePath, long generation, SearchIndex search,
      Set<String> searchFiles, long searchVersion) {
    this.files = files;
    this.basePath = basePath;
    this.generation = generation;
    this.search = search;
    this.searchFiles = searchFiles;
    this.searchVersion = searchVersion;
  }

  /** Nothing built yet: every request gets the error page or a 404. */
  static SiteSnapshot empty() {
    return new SiteSnapshot(Map.of(), "/", 0, null, Set.of(), 0);
  }

  /**
   * The snapshot after {@code previous} for a build's {@code output} (without search files). A
   * file whose bytes did not change keeps its entry (same ETag and Last-Modified); the paths
   * whose bytes changed, appeared or went away are returned with it.
   */
  static Publication next(SiteSnapshot previous, List<OutputFile> output, String basePath, long nowMillis) {
    Map<String, StaticFile> files = new HashMap<>((output.size() + previous.searchFiles.size()) * 2);
    SortedSet<String> changed = new TreeSet<>();
    for (OutputFile out : output) {
      StaticFile old = previous.files.get(out.path());
      // Compared in place: only a file that changed is copied out of its OutputFile.
      if (old != null && old.sameBytes(out)) {
        files.put(out.path(), old);
      } else {
        files.put(out.path(), StaticFile.of(out, nowMillis));
        changed.add(out.path());
      }
    }
    previous.searchFiles.forEach(p -> files.putIfAbsent(p, previous.files.get(p)));
    previous.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
    SiteSnapshot next = new SiteSnapshot(Collections.unmodifiableMap(files), basePath, previous.generation + 1,
        previous.search, previous.searchFiles, previous.searchVersion);
    return new Publication(next, Collections.unmodifiableSortedSet(changed));
  }

  /**
   * This snapshot with {@code index} and its exported files in place of the previous search
   * files; same generation, since no page changed.
   */
  SiteSnapshot withSearch(SearchIndex index, List<OutputFile> output, long nowMillis) {
    Map<String, StaticFile> next = new HashMap<>(files);
    searchFiles.forEach(next::remove);
    Set<String> paths = new TreeSet<>();
    for (OutputFile out : output) {
      StaticFile old = files.get(out.path());
      boolean same = old != null && searchFiles.contains(out.path()) && old.sameBytes(out);
      next.put(out.path(), same ? old : StaticFile.of(out, nowMillis));
      paths.add(out.path());
    }
    return new SiteSnapshot(Collections.unmodifiableMap(next), basePath, generation, index,
        Collections.unmodifiableSet(paths), searchVersion + 1);
  }

  Optional<StaticFile> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** Every file by site-relative path (unmodifiable). */
  Map<String, StaticFile> files() {
    return files;
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

  /** The Lucene index served by {@code /api/search}; empty until the first one is built. */
  Optional<SearchIndex> search() {
    return Optional.ofNullable(search);
  }

  /** Counts the indexes swapped in: answers computed from one index are valid until the next. */
  long searchVersion() {
    return searchVersion;
  }

  /** A snapshot together with the site-relative paths it changed. */
  record Publication(SiteSnapshot snapshot, SortedSet<String> changed) {}
}

package org.redpress.serve;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.redpress.output.OutputFile;
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

  /** Every output but the search files; a path here wins over a search file's. */
  private final Map<String, StaticFile> built;
  private final Map<String, StaticFile> searchFiles;
  private final String basePath;
  private final long generation;
  private final SearchIndex search;
  private final long searchVersion;

  private SiteSnapshot(Map<String, StaticFile> built, Map<String, StaticFile> searchFiles, String basePath,
      long generation, SearchIndex search, long searchVersion) {
    this.built = built;
    this.searchFiles = searchFiles;
    this.basePath = basePath;
    this.generation = generation;
    this.search = search;
    this.searchVersion = searchVersion;
  }

  /** Nothing built yet: every request gets the error page or a 404. */
  static SiteSnapshot empty() {
    return new SiteSnapshot(Map.of(), Map.of(), "/", 0, null, 0);
  }

  /**
   * The snapshot after {@code previous} for a build's {@code output} (without search files). A
   * file whose bytes did not change keeps its entry (same ETag and Last-Modified); the paths
   * whose bytes changed, appeared or went away are returned with it. The search files are
   * carried over as they are, so the cost follows the pages, not the search export.
   */
  static Publication next(SiteSnapshot previous, List<OutputFile> output, String basePath, long nowMillis) {
    Map<String, StaticFile> built = new HashMap<>(output.size() * 2);
    SortedSet<String> changed = new TreeSet<>();
    int carried = 0;
    for (OutputFile out : output) {
      StaticFile old = previous.built.get(out.path());
      if (old != null) {
        carried++;
      }
      // Compared in place: only a file that changed is copied out of its OutputFile.
      if (old != null && old.sameBytes(out)) {
        built.put(out.path(), old);
      } else {
        built.put(out.path(), StaticFile.of(out, nowMillis));
        changed.add(out.path());
      }
    }
    if (carried < previous.built.size()) {
      previous.built.keySet().stream().filter(p -> !built.containsKey(p)).forEach(changed::add);
    }
    SiteSnapshot next = new SiteSnapshot(Collections.unmodifiableMap(built), previous.searchFiles, basePath,
        previous.generation + 1, previous.search, previous.searchVersion);
    return new Publication(next, Collections.unmodifiableSortedSet(changed));
  }

  /**
   * This snapshot with {@code index} and its exported files in place of the previous search
   * files; same generation, since no page changed.
   */
  SiteSnapshot withSearch(SearchIndex index, List<OutputFile> output, long nowMillis) {
    Map<String, StaticFile> next = new HashMap<>(output.size() * 2);
    for (OutputFile out : output) {
      StaticFile old = searchFiles.get(out.path());
      next.put(out.path(), old != null && old.sameBytes(out) ? old : StaticFile.of(out, nowMillis));
    }
    return new SiteSnapshot(built, Collections.unmodifiableMap(next), basePath, generation, index,
        searchVersion + 1);
  }

  Optional<StaticFile> file(String path) {
    StaticFile file = built.get(path);
    return Optional.ofNullable(file != null ? file : searchFiles.get(path));
  }

  /** Every file by site-relative path, search files included (a new unmodifiable map). */
  Map<String, StaticFile> files() {
    Map<String, StaticFile> all = new HashMap<>(searchFiles);
    all.putAll(built);
    return Collections.unmodifiableMap(all);
  }

  boolean has(String path) {
    return built.containsKey(path) || searchFiles.containsKey(path);
  }

  int size() {
    return built.size() + (int) searchFiles.keySet().stream().filter(p -> !built.containsKey(p)).count();
  }

  boolean isEmpty() {
    return built.isEmpty() && searchFiles.isEmpty();
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

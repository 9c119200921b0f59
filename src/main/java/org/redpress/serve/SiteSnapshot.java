package org.redpress.serve;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.output.OutputFile;
import org.redpress.search.SearchIndex;

/**
 * What the server serves at one moment: the {@link Generation} of the last good rebuild (its
 * pages rendered on request), the search files and index built for it, the base path and a
 * generation number. Immutable, so a request that holds it sees one build throughout and no
 * request ever reads the disk.
 *
 * <p>A rebuild is published in two steps. {@link #next} takes the new generation, keeping the
 * previous search files and index meanwhile (the search page keeps working, one edit behind);
 * {@link #withSearch} then swaps in the new index. Only {@code next} starts a new generation:
 * it is what browsers reload for.
 */
final class SiteSnapshot {

  private final Generation pages;
  private final Map<String, StaticFile> searchFiles;
  private final long generation;
  private final SearchIndex search;
  private final long searchVersion;

  private SiteSnapshot(Generation pages, Map<String, StaticFile> searchFiles, long generation, SearchIndex search,
      long searchVersion) {
    this.pages = pages;
    this.searchFiles = searchFiles;
    this.generation = generation;
    this.search = search;
    this.searchVersion = searchVersion;
  }

  /** Nothing built yet: every request gets the waiting page or a 404. */
  static SiteSnapshot empty() {
    return new SiteSnapshot(null, Map.of(), 0, null, 0);
  }

  /** The snapshot after {@code previous} serving {@code pages}, with the previous search files and index. */
  static SiteSnapshot next(SiteSnapshot previous, Generation pages) {
    return new SiteSnapshot(pages, previous.searchFiles, previous.generation + 1, previous.search,
        previous.searchVersion);
  }

  /**
   * This snapshot with {@code index} and its exported files in place of the previous search
   * files; same generation, since no page changed. An unchanged file keeps its ETag and date.
   */
  SiteSnapshot withSearch(SearchIndex index, List<OutputFile> output, long nowMillis) {
    Map<String, StaticFile> next = new HashMap<>(output.size() * 2);
    for (OutputFile out : output) {
      StaticFile old = searchFiles.get(out.path());
      next.put(out.path(), old != null && old.sameBytes(out) ? old : StaticFile.of(out, nowMillis));
    }
    return new SiteSnapshot(pages, Collections.unmodifiableMap(next), generation, index, searchVersion + 1);
  }

  /** The file at {@code path}: the generation's (rendered now if need be), else a search file. */
  Generation.Served file(String path) {
    if (pages == null) {
      return new Generation.Served(Optional.empty(), List.of());
    }
    Generation.Served own = pages.file(path);
    StaticFile search = searchFiles.get(path);
    return own.file().isEmpty() && own.errors().isEmpty() && search != null
        ? new Generation.Served(Optional.of(search), List.of()) : own;
  }

  /** Whether the site has an HTML page at {@code path} (without rendering it). */
  boolean hasPage(String path) {
    return pages != null && pages.hasPage(path);
  }

  /** The generation served; empty before the first good build. */
  Optional<Generation> pages() {
    return Optional.ofNullable(pages);
  }

  boolean isEmpty() {
    return pages == null;
  }

  /** The published path prefix, {@code /} or e.g. {@code /alliance/}. */
  String basePath() {
    return pages == null ? "/" : pages.basePath();
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
}

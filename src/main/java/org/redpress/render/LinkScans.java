package org.redpress.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.model.OutputFile;

/**
 * What the {@link LinkChecker} read from each page and found, kept across the preview's
 * rebuilds. A page the page cache reused is the very same {@link OutputFile}, so it is not read
 * again; and its links are not checked again while the site has the same files and the pages
 * its anchors point into are the same too. Keyed by identity, never by equal bytes, so nothing
 * stale can be returned. Thread-safe.
 */
public final class LinkScans {

  private record Entry(OutputFile file, PageLinks links) {}

  /** The outcome of checking one page: how many links, the problems, and the anchor targets read. */
  record Checked(PageLinks page, int links, List<Diagnostic> problems, Map<String, PageLinks> anchorTargets) {

    /** Whether this outcome is still right for {@code now} among {@code pages} (same files assumed). */
    boolean stillHolds(PageLinks now, Map<String, PageLinks> pages) {
      if (page != now) {
        return false;
      }
      for (Map.Entry<String, PageLinks> target : anchorTargets.entrySet()) {
        if (pages.get(target.getKey()) != target.getValue()) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
  private final Map<String, Checked> checked = new ConcurrentHashMap<>();
  private final boolean enabled;
  private Set<String> lastPaths = Set.of();
  private String lastBase = "";

  /** Scans kept for the next check (the preview server's rebuilds). */
  public LinkScans() {
    this(true);
  }

  private LinkScans(boolean enabled) {
    this.enabled = enabled;
  }

  /** For a one-off check: every page is read once, nothing is kept. */
  public static LinkScans none() {
    return new LinkScans(false);
  }

  /** The links and ids of {@code file}: read now, or earlier from this very object. */
  PageLinks scan(OutputFile file) {
    if (!enabled) {
      return LinkChecker.read(file);
    }
    Entry entry = byPath.get(file.path());
    if (entry != null && entry.file() == file) {
      return entry.links();
    }
    PageLinks links = LinkChecker.read(file);
    byPath.put(file.path(), new Entry(file, links));
    return links;
  }

  /**
   * Whether the site has the same files under the same base as at the last check; remembers
   * these for the next. Outcomes are reused only while it does.
   */
  synchronized boolean sameSite(Set<String> paths, String base) {
    boolean same = enabled && base.equals(lastBase) && paths.equals(lastPaths);
    if (enabled && !same) {
      lastPaths = Set.copyOf(paths);
      lastBase = base;
      checked.clear();
    }
    return same;
  }

  /** The outcome of the last check of the page at {@code path}, if kept. */
  Checked checked(String path) {
    return checked.get(path);
  }

  void remember(String path, Checked outcome) {
    if (enabled) {
      checked.put(path, outcome);
    }
  }

  /**
   * Forgets pages the site no longer has; call it after scanning {@code paths}, every one of
   * which then has an entry, so equal sizes mean nothing is stale. (Outcomes need no pruning:
   * they are dropped whenever the site's files change.)
   */
  void retainOnly(Set<String> paths) {
    if (byPath.size() > paths.size()) {
      byPath.keySet().retainAll(paths);
    }
  }
}

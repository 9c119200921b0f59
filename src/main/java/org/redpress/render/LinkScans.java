package org.redpress.render;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.output.OutputFile;

/**
 * What the {@link LinkChecker} read from each page and found, kept across the preview's
 * rebuilds. A page the page cache reused is the very same {@link OutputFile}, so it is not read
 * again; and its links are not checked again while the pages its anchors point into are the
 * same and none of the files it links to appeared or went away. Keyed by identity, never by
 * equal bytes, so nothing stale can be returned. Thread-safe.
 */
public final class LinkScans {

  private record Entry(OutputFile file, PageLinks links) {}

  /**
   * The outcome of checking one page: how many links, the problems, the anchor targets read, and
   * the files whose existence its links were checked against.
   */
  record Checked(PageLinks page, int links, List<Diagnostic> problems, Map<String, PageLinks> anchorTargets,
      String[] targets) {

    /**
     * Whether this outcome is still right for {@code now} among {@code pages}, when the files in
     * {@code appearedOrGone} are all the site gained or lost since it was found.
     */
    boolean stillHolds(PageLinks now, Map<String, PageLinks> pages, Set<String> appearedOrGone) {
      if (page != now) {
        return false;
      }
      for (Map.Entry<String, PageLinks> target : anchorTargets.entrySet()) {
        if (pages.get(target.getKey()) != target.getValue()) {
          return false;
        }
      }
      if (!appearedOrGone.isEmpty()) {
        for (String target : targets) {
          if (appearedOrGone.contains(target)) {
            return false;
          }
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
   * The files the site gained or lost since the last check (often none), or empty when no kept
   * outcome can be trusted: the first check, or another base path. Remembers {@code paths} and
   * {@code base} for the next check.
   */
  synchronized Optional<Set<String>> appearedOrGoneSince(Set<String> paths, String base) {
    if (!enabled) {
      return Optional.empty();
    }
    Optional<Set<String>> changed = Optional.empty();
    if (base.equals(lastBase)) {
      Set<String> diff = new HashSet<>();
      paths.stream().filter(p -> !lastPaths.contains(p)).forEach(diff::add);
      if (diff.size() != paths.size() - lastPaths.size()) {
        lastPaths.stream().filter(p -> !paths.contains(p)).forEach(diff::add);
      }
      changed = Optional.of(diff);
    } else {
      checked.clear();
    }
    if (changed.isEmpty() || !changed.get().isEmpty()) {
      lastPaths = Set.copyOf(paths);
      lastBase = base;
    }
    return changed;
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
   * Forgets pages the site no longer has; call it after scanning and checking {@code paths},
   * every one of which then has both entries, so equal sizes mean nothing is stale.
   */
  void retainOnly(Set<String> paths) {
    if (byPath.size() > paths.size()) {
      byPath.keySet().retainAll(paths);
    }
    if (checked.size() > paths.size()) {
      checked.keySet().retainAll(paths);
    }
  }
}

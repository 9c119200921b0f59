package org.redpress.render;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.model.OutputFile;

/**
 * The links and ids the {@link LinkChecker} read from each page, kept across the preview's
 * rebuilds: a page the page cache reused is the very same {@link OutputFile}, so it is not read
 * again. Keyed by identity, never by equal bytes, so nothing stale can be returned. Thread-safe.
 */
public final class LinkScans {

  private record Entry(OutputFile file, PageLinks links) {}

  private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
  private final boolean enabled;

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

  /** Forgets pages the site no longer has. */
  void retainOnly(Set<String> paths) {
    byPath.keySet().retainAll(paths);
  }
}

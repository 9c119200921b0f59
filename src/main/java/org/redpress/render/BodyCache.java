package org.redpress.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.redpress.content.Record;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.model.RecordKey;

/**
 * Rendered bodies kept across the preview's rebuilds, each with the warnings it raised. An
 * entry is reused only for the very same {@link Record} object (which the content cache hands
 * out again while its file is unchanged) under the same base path. Thread-safe.
 */
public final class BodyCache {

  /** One record's body and the warnings rendering it raised (reported again on every build). */
  record Kept(Bodies.Body body, List<Diagnostic> warnings) {}

  private record Entry(Record record, String basePath, Kept kept) {}

  private final Map<RecordKey, Entry> entries = new ConcurrentHashMap<>();

  Kept get(Record record, String basePath, Supplier<Kept> render) {
    RecordKey key = RecordKey.of(record);
    Entry entry = entries.get(key);
    if (entry != null && entry.record() == record && entry.basePath().equals(basePath)) {
      return entry.kept();
    }
    Kept kept = render.get();
    entries.put(key, new Entry(record, basePath, kept));
    return kept;
  }

  /**
   * Forgets records the site no longer publishes; call it once every one of {@code keys} has
   * been looked up, so equal sizes mean nothing is stale.
   */
  void retainOnly(Set<RecordKey> keys) {
    if (entries.size() > keys.size()) {
      entries.keySet().retainAll(keys);
    }
  }
}

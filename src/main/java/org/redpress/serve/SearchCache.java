package org.redpress.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers of {@code /api/search} from the index being served, least recently used first out.
 * An index never changes, so an answer stays right until the next index is swapped in, when
 * the cache empties itself. Typing a query sends the same requests again and again (each keystroke, the
 * back button, facet clicks), and on a busy preview a cached answer costs microseconds instead of
 * a few milliseconds of Lucene.
 */
final class SearchCache {

  static final int CAPACITY = 256;

  private final Map<String, String> entries = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > CAPACITY;
    }
  };
  private long generation = -1;

  synchronized Optional<String> get(long forGeneration, String key) {
    return forGeneration == generation ? Optional.ofNullable(entries.get(key)) : Optional.empty();
  }

  synchronized void put(long forGeneration, String key, String json) {
    if (forGeneration > generation) {
      entries.clear();
      generation = forGeneration;
    }
    if (forGeneration == generation) {
      entries.put(key, json);
    }
  }
}

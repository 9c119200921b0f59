package org.redpress.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.config.SiteConfig;
import org.redpress.content.Record;
import org.redpress.content.RecordType;

/**
 * The published site as a graph: records in list order (by type, each type newest first with
 * undated records last and equal dates by id), their URLs, taxonomies, learning paths, related
 * records and reverse links, and the build date (Asia/Shanghai) that decides which activities are
 * still to come. Immutable; built by {@link SiteModelBuilder}.
 */
public record SiteModel(
    SiteConfig config,
    List<Record> records,
    Map<RecordKey, Record> byKey,
    List<Taxonomy> taxonomies,
    List<LearningPath> learningPaths,
    RelatedRecords related,
    Map<RecordKey, List<RecordKey>> backlinks,
    java.util.SortedSet<String> media,
    java.time.LocalDate today) {

  public SiteModel {
    // In list order whoever builds it (a check, for the builder's already sorted list), so
    // ofType is a slice and each type's records are newest first.
    records = records.stream().sorted(SiteModelBuilder.LIST_ORDER).toList();
    // A hash map rather than Map.copyOf: a page plan looks records up tens of thousands of
    // times, and a node's stored hash spares most key comparisons.
    byKey = Collections.unmodifiableMap(new HashMap<>(byKey));
    taxonomies = List.copyOf(taxonomies);
    learningPaths = List.copyOf(learningPaths);
    backlinks = Map.copyOf(backlinks);
    media = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(media));
  }

  /** Published records of one type, in list order (newest first; venues and organizations by name order of id). */
  public List<Record> ofType(RecordType type) {
    return records.subList(firstIndexAfter(type.ordinal() - 1), firstIndexAfter(type.ordinal()));
  }

  /** The index of the first record whose type's ordinal is above {@code ordinal}. */
  private int firstIndexAfter(int ordinal) {
    int low = 0;
    int high = records.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (records.get(mid).type().ordinal() <= ordinal) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  public Optional<Record> get(RecordKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public String path(RecordKey key) {
    return Urls.record(key.type(), key.id());
  }

  public Optional<Taxonomy> taxonomy(String key) {
    return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  public Optional<LearningPath> learningPath(String series) {
    return learningPaths.stream().filter(p -> p.key().equals(series)).findFirst();
  }

  public List<RecordKey> relatedTo(RecordKey key) {
    return related.of(key);
  }

  /** Records that point at {@code key}: practices at a venue, achievements from a practice, … */
  public List<RecordKey> backlinksTo(RecordKey key) {
    return backlinks.getOrDefault(key, List.of());
  }

  /** The same records grouped by their type, in the order of {@link RecordType}. */
  public Map<RecordType, List<RecordKey>> backlinksByType(RecordKey key) {
    Map<RecordType, List<RecordKey>> byType = new EnumMap<>(RecordType.class);
    for (RecordKey from : backlinksTo(key)) {
      byType.computeIfAbsent(from.type(), t -> new ArrayList<>()).add(from);
    }
    return byType;
  }
}

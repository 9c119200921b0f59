package org.redpress.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.config.SiteConfig;
import org.redpress.content.Record;
import org.redpress.content.RecordType;

/**
 * The published site as a graph: records (newest first within each type), their URLs,
 * taxonomies, learning paths, related records and reverse links. Immutable; built by {@link
 * SiteModelBuilder}.
 */
public record SiteModel(
    SiteConfig config,
    List<Record> records,
    Map<RecordKey, Record> byKey,
    List<Taxonomy> taxonomies,
    List<LearningPath> learningPaths,
    Map<RecordKey, List<RecordKey>> related,
    Map<RecordKey, List<RecordKey>> backlinks,
    java.util.SortedSet<String> media) {

  public SiteModel {
    records = List.copyOf(records);
    byKey = Map.copyOf(byKey);
    taxonomies = List.copyOf(taxonomies);
    learningPaths = List.copyOf(learningPaths);
    related = Map.copyOf(related);
    backlinks = Map.copyOf(backlinks);
    media = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(media));
  }

  /** Published records of one type, in list order (newest first; venues and organizations by name order of id). */
  public List<Record> ofType(RecordType type) {
    return records.stream().filter(r -> r.type() == type).toList();
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
    return related.getOrDefault(key, List.of());
  }

  /** Records that point at {@code key}: practices at a venue, achievements from a practice, … */
  public List<RecordKey> backlinksTo(RecordKey key) {
    return backlinks.getOrDefault(key, List.of());
  }
}

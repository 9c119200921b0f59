package org.redpress.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.redpress.config.SiteConfig;
import org.redpress.content.Record;

/**
 * The previous build's taxonomies, learning paths, related records and reverse links, with the
 * shapes of the published records and the configuration they were computed from. When a rebuild
 * finds the same shapes and configuration (an edit of a title, a summary or a body), it reuses
 * them instead of computing them again, which at 10,000 records costs far more than comparing.
 * The preview server keeps one across rebuilds; {@link #none()} keeps nothing. Thread-safe.
 */
public final class ModelCache {

  /**
   * Everything about one published record that the structures read: the key, the date (list
   * order, years, related ties), tags (with their spelling, which names a term), program and
   * organization (programs, related), venue type, series and lesson number (learning paths) and
   * the records it references (reverse links). A new use of a record field in {@link
   * TaxonomyBuilder}, {@link RelatedRecords} or {@link SiteModelBuilder} must be added here.
   */
  record Shape(
      RecordKey key,
      LocalDate date,
      List<String> tags,
      String program,
      String organization,
      String venueType,
      String series,
      Integer order,
      List<RecordKey> targets) {

    static Shape of(Record r) {
      List<RecordKey> targets = new ArrayList<>(2);
      for (Record.Typed t : r.references()) {
        if (t.target() != null) {
          targets.add(new RecordKey(t.target(), t.ref().id()));
        }
      }
      Record.Material material = r instanceof Record.Material m ? m : null;
      return new Shape(
          RecordKey.of(r),
          r.meta().date(),
          r.meta().tags(),
          TaxonomyBuilder.programOf(r),
          RelatedRecords.organization(r),
          r instanceof Record.Venue v ? v.venueType() : null,
          material == null ? null : material.series(),
          material == null ? null : material.order(),
          targets);
    }
  }

  /** The structures of a model that depend only on the shapes of its records and the configuration. */
  record Structure(
      List<Taxonomy> taxonomies,
      List<LearningPath> learningPaths,
      Map<RecordKey, List<RecordKey>> related,
      Map<RecordKey, List<RecordKey>> backlinks) {

    Structure {
      // Immutable copies, so that SiteModel's own copies of a reused structure are the same objects.
      taxonomies = List.copyOf(taxonomies);
      learningPaths = List.copyOf(learningPaths);
      related = Map.copyOf(related);
      backlinks = Map.copyOf(backlinks);
    }
  }

  private record Entry(SiteConfig config, List<Shape> shapes, Structure structure) {}

  private final boolean keeps;
  private Entry last;

  /** A cache that remembers the last structures, for rebuilds. */
  public ModelCache() {
    this(true);
  }

  private ModelCache(boolean keeps) {
    this.keeps = keeps;
  }

  /** For a single build: nothing is remembered and no shapes are taken. */
  public static ModelCache none() {
    return new ModelCache(false);
  }

  /**
   * The structures for {@code published} (in list order) under {@code config}: the previous ones
   * when the shapes and the configuration are equal, otherwise {@code compute}'s, remembered.
   */
  Structure structure(SiteConfig config, List<Record> published, Supplier<Structure> compute) {
    if (!keeps) {
      return compute.get();
    }
    List<Shape> shapes = new ArrayList<>(published.size());
    for (Record r : published) {
      shapes.add(Shape.of(r));
    }
    Entry previous = previous();
    if (previous != null && previous.config().equals(config) && previous.shapes().equals(shapes)) {
      return previous.structure();
    }
    Structure computed = compute.get();
    remember(new Entry(config, shapes, computed));
    return computed;
  }

  private synchronized Entry previous() {
    return last;
  }

  private synchronized void remember(Entry entry) {
    last = entry;
  }
}

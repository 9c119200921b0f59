package org.redpress.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.redpress.content.Meta;
import org.redpress.content.Record;
import org.redpress.content.ResolvedContent;
import org.redpress.diagnostics.Diagnostics;

/**
 * Builds the {@link SiteModel}: keeps what is published (no drafts, nothing dated after today
 * unless the options say so), orders records, and delegates taxonomies, learning paths, related
 * records and reverse links to their own classes.
 */
public final class SiteModelBuilder {

  /**
   * By type, then newest first; undated records (venues, organizations, pages) by id. Written
   * out rather than chained: each preview save sorts every record twice, and a chain of key
   * extractors calls through {@code Record}'s many implementations several times per comparison.
   */
  static final Comparator<Record> LIST_ORDER = (a, b) -> {
    Meta x = a.meta();
    Meta y = b.meta();
    int c = x.type().compareTo(y.type());
    if (c != 0) {
      return c;
    }
    if (x.date() == null || y.date() == null) {
      c = x.date() == null ? (y.date() == null ? 0 : 1) : -1;
    } else {
      c = y.date().compareTo(x.date());
    }
    return c != 0 ? c : x.id().compareTo(y.id());
  };

  private final BuildOptions options;

  public SiteModelBuilder(BuildOptions options) {
    this.options = options;
  }

  public SiteModel build(ResolvedContent content, Diagnostics diagnostics) {
    List<Record> published = new ArrayList<>(content.records().size());
    Set<RecordKey> hidden = new HashSet<>();
    for (Record r : content.records()) {
      if (isPublished(r)) {
        published.add(r);
      } else {
        hidden.add(RecordKey.of(r));
      }
    }
    published.sort(LIST_ORDER);
    Map<RecordKey, Record> byKey = new LinkedHashMap<>();
    published.forEach(r -> byKey.put(RecordKey.of(r), r));
    warnAboutHiddenTargets(published, hidden, diagnostics);
    // Independent of each other: built side by side, as a save waits for all of them.
    CompletableFuture<List<Taxonomy>> taxonomies =
        CompletableFuture.supplyAsync(() -> new TaxonomyBuilder(content.config()).build(published));
    CompletableFuture<RelatedRecords> related = CompletableFuture.supplyAsync(() -> new RelatedRecords(published));
    Map<RecordKey, List<RecordKey>> backlinks = backlinks(published, byKey.keySet());
    return new SiteModel(
        content.config(),
        published,
        byKey,
        taxonomies.join(),
        learningPaths(content, published),
        related.join(),
        backlinks,
        content.media(),
        options.today());
  }

  private boolean isPublished(Record r) {
    if (r.meta().draft() && !options.drafts()) {
      return false;
    }
    LocalDate date = r.meta().date();
    return date == null || options.future() || !date.isAfter(options.today());
  }

  /**
   * A published record pointing at a draft or future record: the link is left out, say so.
   * {@code hidden} holds the records left out (keys are unique after resolving); it is usually
   * empty or small, so the common case costs nothing.
   */
  private static void warnAboutHiddenTargets(List<Record> published, Set<RecordKey> hidden, Diagnostics diagnostics) {
    if (hidden.isEmpty()) {
      return;
    }
    for (Record r : published) {
      for (Record.Typed t : r.references()) {
        if (t.target() != null && hidden.contains(new RecordKey(t.target(), t.ref().id()))) {
          diagnostics.warning("W-REF-UNPUBLISHED", t.ref().at(), t.ref().id());
        }
      }
    }
  }

  private static List<LearningPath> learningPaths(ResolvedContent content, List<Record> published) {
    Map<String, List<Record.Material>> bySeries = new TreeMap<>();
    for (Record r : published) {
      if (r instanceof Record.Material m && m.series() != null) {
        bySeries.computeIfAbsent(m.series(), k -> new ArrayList<>()).add(m);
      }
    }
    List<LearningPath> paths = new ArrayList<>();
    bySeries.forEach((key, lessons) -> {
      String title = content.config().seriesInfo(key).map(s -> s.title()).orElse(key);
      List<RecordKey> ordered = lessons.stream()
          .sorted(Comparator.comparing(Record.Material::order))
          .map(RecordKey::of)
          .toList();
      paths.add(new LearningPath(key, title, Urls.series(key), ordered));
    });
    return paths;
  }

  /** For each record, the published records that reference it, in list order. */
  private static Map<RecordKey, List<RecordKey>> backlinks(List<Record> published, Set<RecordKey> keys) {
    Map<RecordKey, Set<RecordKey>> out = new HashMap<>();
    for (Record r : published) {
      for (Record.Typed t : r.references()) {
        RecordKey target = t.target() == null ? null : new RecordKey(t.target(), t.ref().id());
        if (target != null && keys.contains(target)) {
          out.computeIfAbsent(target, k -> new java.util.LinkedHashSet<>()).add(RecordKey.of(r));
        }
      }
    }
    return out.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }


}

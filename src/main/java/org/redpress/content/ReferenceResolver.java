package org.redpress.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import org.redpress.config.SiteConfig;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.diagnostics.Suggestions;

/**
 * Checks what records say about each other: ids unique per type, no page taking a section's
 * URL, every reference and media file present, no organization its own ancestor, no two lessons
 * of a series with the same number.
 */
public final class ReferenceResolver {

  /** First path segments the site itself uses; a page with such an id would collide. */
  public static final Set<String> RESERVED_ROOTS =
      Set.of("practices", "materials", "achievements", "venues", "organizations", "programs",
          "tags", "years", "venue-types", "series", "search", "feeds", "assets", "media", "page",
          "404", "sitemap", "robots", "index", "api");

  /** Second path segments a section's list uses: its pages, and the materials list's filters. */
  public static final Set<String> RESERVED_IN_SECTIONS = Set.of("page", "kind", "short", "program");

  /**
   * Resolves the references of {@code records}, the valid records of {@code content}. A
   * reference to a file that exists but failed validation is not reported again: that file's
   * own errors say what to fix, and fixing it resolves the reference.
   */
  public ResolvedContent resolve(LoadedContent content, List<Record> records, Diagnostics diagnostics) {
    SiteConfig config = content.config();
    SortedSet<String> media = content.media();
    // Ids by type, not "type/id" strings: no new string to build and hash per record and save.
    Map<RecordType, Set<String>> loaded = new EnumMap<>(RecordType.class);
    content.records().forEach(s -> loaded.computeIfAbsent(s.type(), t -> new HashSet<>()).add(s.id()));
    Map<RecordType, Map<String, Record>> byType = new HashMap<>();
    List<Record> unique = new ArrayList<>();
    List<Record> ordered = new ArrayList<>(records);
    ordered.sort((a, b) -> {
      Meta x = a.meta();
      Meta y = b.meta();
      int c = x.type().compareTo(y.type());
      c = c != 0 ? c : x.id().compareTo(y.id());
      return c != 0 ? c : x.file().compareTo(y.file());
    });
    for (Record r : ordered) {
      Record first = byType.computeIfAbsent(r.type(), t -> new HashMap<>()).putIfAbsent(r.id(), r);
      if (first != null) {
        diagnostics.error("E-DUP-ID", SourcePosition.startOf(r.meta().file()), r.id(), first.meta().file());
        continue;
      }
      if (r.type() == RecordType.PAGE && RESERVED_ROOTS.contains(r.id())) {
        diagnostics.error("E-DUP-URL", SourcePosition.startOf(r.meta().file()), "/" + r.id() + "/");
        continue;
      }
      if (r.type() != RecordType.PAGE && RESERVED_IN_SECTIONS.contains(r.id())) {
        diagnostics.error("E-DUP-URL", SourcePosition.startOf(r.meta().file()),
            "/" + r.type().folder() + "/" + r.id() + "/");
        continue;
      }
      unique.add(r);
    }
    // The tag and series checks read only what the loop below leaves alone: they run beside it
    // (a preview save waits for this stage, and the other processor is free then).
    List<Record> found = List.copyOf(unique);
    CompletableFuture<Void> tagsAndSeries = CompletableFuture.runAsync(() -> {
      // Only the tags of valid records that have tags: a field a type does not know is only a warning.
      Set<String> valid = new HashSet<>();
      found.stream().filter(r -> !r.meta().tags().isEmpty()).forEach(r -> valid.add(r.meta().file()));
      TagSlugs.checkClashes(content.records().stream().filter(s -> valid.contains(s.file()))
          .sorted(Comparator.comparing(SourceRecord::file)).toList(), diagnostics);
      checkSeriesOrder(found, diagnostics);
    });
    for (int i = 0; i < unique.size(); i++) {
      Record r = unique.get(i);
      String folder = r.type().folder();
      for (Record.Typed t : r.references()) {
        check(folder, t, byType, loaded, media, diagnostics);
      }
      // Media paths become keys: relative to the record's file, or under content/media/.
      unique.set(i, r.withMedia(ref -> new Ref(MediaPaths.resolve(folder, ref.id(), media), ref.at())));
    }
    checkOrganizationCycles(byType.getOrDefault(RecordType.ORGANIZATION, Map.of()), diagnostics);
    tagsAndSeries.join();
    return new ResolvedContent(config, unique, media);
  }

  private static void check(String folder, Record.Typed t, Map<RecordType, Map<String, Record>> byType,
      Map<RecordType, Set<String>> loaded, SortedSet<String> media, Diagnostics diagnostics) {
    String id = t.ref().id();
    if (t.target() == null) {
      if (!media.contains(MediaPaths.resolve(folder, id, media))) {
        diagnostics.error("E-MEDIA", t.ref().at(), id, Suggestions.didYouMean(id, media));
      }
      return;
    }
    Map<String, Record> ids = byType.getOrDefault(t.target(), Map.of());
    if (!ids.containsKey(id) && !loaded.getOrDefault(t.target(), Set.of()).contains(id)) {
      diagnostics.error("E-REF", t.ref().at(), t.target().chineseName(), id,
          Suggestions.didYouMean(id, ids.keySet()));
    }
  }

  private static void checkOrganizationCycles(Map<String, Record> orgs, Diagnostics diagnostics) {
    for (Record r : orgs.values()) {
      Set<String> seen = new HashSet<>();
      Record cur = r;
      while (cur instanceof Record.Organization o && o.parent() != null) {
        if (!seen.add(cur.id()) || o.parent().id().equals(r.id())) {
          diagnostics.error("E-REF-CYCLE", ((Record.Organization) r).parent().at(), r.id());
          break;
        }
        cur = orgs.get(o.parent().id());
      }
    }
  }

  private static void checkSeriesOrder(List<Record> records, Diagnostics diagnostics) {
    Map<String, Record.Material> seen = new HashMap<>();
    for (Record r : records) {
      if (r instanceof Record.Material m && m.series() != null) {
        if (m.order() == null) {
          diagnostics.error("E-SERIES-ORDER", SourcePosition.startOf(m.meta().file()), m.series());
          continue;
        }
        Record.Material other = seen.putIfAbsent(m.series() + "#" + m.order(), m);
        if (other != null) {
          diagnostics.error("E-SERIES-DUP", SourcePosition.startOf(m.meta().file()), m.series(), m.order(),
              other.meta().file());
        }
      }
    }
  }
}

package org.redpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redpress.config.SiteConfig;
import org.redpress.content.Record;

/** Groups published records by program, tag, year and venue type. */
final class TaxonomyBuilder {

  private final SiteConfig config;

  TaxonomyBuilder(SiteConfig config) {
    this.config = config;
  }

  /** Within a term mixing types, newest first reads best; undated records last, by key. */
  private static final Comparator<Record> NEWEST_FIRST =
      Comparator.comparing((Record r) -> r.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(RecordKey::of);

  List<Taxonomy> build(List<Record> published) {
    // Sorted once: each tag's and year's records are then collected in their order already.
    List<Record> newest = published.stream().sorted(NEWEST_FIRST).toList();
    return List.of(programs(published), tags(published, newest, config.tagPages()), years(newest),
        venueTypes(published));
  }

  private Taxonomy programs(List<Record> published) {
    List<Term> terms = new ArrayList<>();
    for (SiteConfig.Program p : config.programs()) {
      List<RecordKey> keys = published.stream()
          .filter(r -> p.key().equals(programOf(r)))
          .map(RecordKey::of)
          .toList();
      terms.add(new Term(p.key(), p.name(), Urls.term(Taxonomy.PROGRAMS, p.key()), keys));
    }
    return new Taxonomy(Taxonomy.PROGRAMS, terms);
  }

  static String programOf(Record r) {
    if (r instanceof Record.Practice p) {
      return p.program();
    }
    if (r instanceof Record.Achievement a) {
      return a.program();
    }
    if (r instanceof Record.Material m) {
      return m.program();
    }
    return null;
  }

  /** Tags with a page of their own (see {@link SiteConfig.TagPages}), the most used first. */
  private static Taxonomy tags(List<Record> published, List<Record> newest, SiteConfig.TagPages pages) {
    // Two tags differing only in case or spacing share a slug: the first spelling in list order
    // names the term.
    Map<String, String> names = new TreeMap<>();
    Map<String, String> slugs = new HashMap<>();
    for (Record r : published) {
      for (String tag : r.meta().tags()) {
        names.putIfAbsent(slugs.computeIfAbsent(tag, Urls::slug), tag);
      }
    }
    Map<String, List<RecordKey>> keys = new TreeMap<>();
    for (Record r : newest) {
      for (String tag : r.meta().tags()) {
        keys.computeIfAbsent(slugs.get(tag), k -> new ArrayList<>()).add(RecordKey.of(r));
      }
    }
    List<Term> terms = new ArrayList<>();
    keys.forEach((slug, list) -> {
      if (pages.hasPage(names.get(slug), list.size())) {
        terms.add(new Term(slug, names.get(slug), Urls.term(Taxonomy.TAGS, slug), list));
      }
    });
    terms.sort(Comparator.comparing((Term t) -> -t.records().size()).thenComparing(Term::slug));
    return new Taxonomy(Taxonomy.TAGS, terms);
  }

  private static Taxonomy years(List<Record> newest) {
    Map<Integer, List<RecordKey>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Record r : newest) {
      if (r.meta().date() != null) {
        byYear.computeIfAbsent(r.meta().date().getYear(), k -> new ArrayList<>()).add(RecordKey.of(r));
      }
    }
    List<Term> terms = new ArrayList<>();
    byYear.forEach((year, list) -> terms.add(
        new Term(String.valueOf(year), String.valueOf(year), Urls.term(Taxonomy.YEARS, String.valueOf(year)), list)));
    return new Taxonomy(Taxonomy.YEARS, terms);
  }

  private Taxonomy venueTypes(List<Record> published) {
    Map<String, List<RecordKey>> byType = new LinkedHashMap<>();
    config.venueTypes().forEach(t -> byType.put(t.key(), new ArrayList<>()));
    for (Record r : published) {
      if (r instanceof Record.Venue v) {
        byType.computeIfAbsent(v.venueType(), k -> new ArrayList<>()).add(RecordKey.of(r));
      }
    }
    List<Term> terms = new ArrayList<>();
    byType.forEach((key, list) -> terms.add(new Term(key,
        config.venueType(key).map(SiteConfig.VenueType::name).orElse(key),
        Urls.term(Taxonomy.VENUE_TYPES, key), list)));
    return new Taxonomy(Taxonomy.VENUE_TYPES, terms);
  }
}

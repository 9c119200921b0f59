package org.redpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.redpress.content.Record;

/**
 * Picks up to {@value #LIMIT} related records for each record: shared tags weigh 2 each, the
 * same organization 2, the same program 1; ties go to the newer record, then the key.
 */
final class RelatedRecords {

  static final int LIMIT = 5;

  Map<RecordKey, List<RecordKey>> compute(List<Record> published) {
    Map<RecordKey, List<RecordKey>> out = new TreeMap<>();
    for (Record r : published) {
      if (r instanceof Record.Page) {
        continue;
      }
      List<Scored> scored = new ArrayList<>();
      for (Record other : published) {
        if (other == r || other instanceof Record.Page) {
          continue;
        }
        int score = score(r, other);
        if (score > 0) {
          scored.add(new Scored(other, score));
        }
      }
      scored.sort(Comparator.comparingInt((Scored s) -> -s.score)
          .thenComparing((Scored s) -> s.record.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(s -> RecordKey.of(s.record)));
      out.put(RecordKey.of(r), scored.stream().limit(LIMIT).map(s -> RecordKey.of(s.record)).toList());
    }
    return out;
  }

  private static int score(Record a, Record b) {
    Set<String> tags = new HashSet<>(a.meta().tags());
    int score = 2 * (int) b.meta().tags().stream().filter(tags::contains).count();
    String orgA = organization(a);
    if (orgA != null && orgA.equals(organization(b))) {
      score += 2;
    }
    String program = TaxonomyBuilder.programOf(a);
    if (program != null && Objects.equals(program, TaxonomyBuilder.programOf(b))) {
      score += 1;
    }
    return score;
  }

  private static String organization(Record r) {
    if (r instanceof Record.Practice p && p.organization() != null) {
      return p.organization().id();
    }
    if (r instanceof Record.Achievement a && a.organization() != null) {
      return a.organization().id();
    }
    if (r instanceof Record.Venue v && v.organization() != null) {
      return v.organization().id();
    }
    return null;
  }

  private record Scored(Record record, int score) {}
}

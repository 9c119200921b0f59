package org.redpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redpress.content.Record;

/**
 * Picks up to {@value #LIMIT} related records for each record: shared tags weigh 2 each, the
 * same organization 2, the same program 1; ties go to the newer record, then the key. Candidates
 * come from inverted indexes on tags and organizations and scores live in one int array, so the
 * cost grows with the overlap between records, not with the square of the site.
 */
final class RelatedRecords {

  static final int LIMIT = 5;

  private static final Comparator<Record> NEWEST_FIRST =
      Comparator.comparing((Record r) -> r.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(RecordKey::of);

  Map<RecordKey, List<RecordKey>> compute(List<Record> published) {
    // Records are numbered newest first, so a lower number wins a tie.
    List<Record> all = published.stream().filter(r -> !(r instanceof Record.Page)).sorted(NEWEST_FIRST).toList();
    Map<String, List<Integer>> byTag = new HashMap<>();
    Map<String, List<Integer>> byOrganization = new HashMap<>();
    Map<String, List<Integer>> byProgram = new HashMap<>();
    String[] programs = new String[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Record r = all.get(i);
      for (String tag : r.meta().tags()) {
        index(byTag, tag, i);
      }
      index(byOrganization, organization(r), i);
      programs[i] = TaxonomyBuilder.programOf(r);
      index(byProgram, programs[i], i);
    }
    int[] scores = new int[all.size()];
    List<Integer> touched = new ArrayList<>();
    Map<RecordKey, List<RecordKey>> out = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Record r = all.get(i);
      for (String tag : r.meta().tags()) {
        add(byTag.get(tag), 2, scores, touched);
      }
      if (organization(r) != null) {
        add(byOrganization.get(organization(r)), 2, scores, touched);
      }
      if (programs[i] != null) {
        for (int o : touched) {
          if (programs[i].equals(programs[o])) {
            scores[o] += 1;
          }
        }
        // Program-only matches score 1: only the newest few of the program can reach the top.
        for (int o : byProgram.get(programs[i]).subList(0, Math.min(LIMIT + 1, byProgram.get(programs[i]).size()))) {
          if (scores[o] == 0) {
            scores[o] = 1;
            touched.add(o);
          }
        }
      }
      scores[i] = 0;
      out.put(RecordKey.of(r), top(touched, scores).stream().map(o -> RecordKey.of(all.get(o))).toList());
      for (int o : touched) {
        scores[o] = 0;
      }
      touched.clear();
    }
    return out;
  }

  private static void add(List<Integer> records, int weight, int[] scores, List<Integer> touched) {
    for (int o : records) {
      if (scores[o] == 0) {
        touched.add(o);
      }
      scores[o] += weight;
    }
  }

  /** The best {@value #LIMIT} by score, then by number (newer first). */
  private static List<Integer> top(List<Integer> touched, int[] scores) {
    List<Integer> best = new ArrayList<>(LIMIT + 1);
    for (int o : touched) {
      if (scores[o] == 0) {
        continue;
      }
      int at = best.size();
      while (at > 0 && better(o, best.get(at - 1), scores)) {
        at--;
      }
      if (at < LIMIT) {
        best.add(at, o);
        if (best.size() > LIMIT) {
          best.remove(LIMIT);
        }
      }
    }
    return best;
  }

  private static boolean better(int a, int b, int[] scores) {
    return scores[a] > scores[b] || scores[a] == scores[b] && a < b;
  }

  private static void index(Map<String, List<Integer>> index, String key, int i) {
    if (key != null) {
      index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
  }

  static String organization(Record r) {
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
}

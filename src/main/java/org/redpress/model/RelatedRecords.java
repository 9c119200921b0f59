package org.redpress.model;

import java.util.ArrayList;
import java.util.Arrays;
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
    Map<String, List<Integer>> tagLists = new HashMap<>();
    Map<String, List<Integer>> organizationLists = new HashMap<>();
    Map<String, List<Integer>> programLists = new HashMap<>();
    String[] programs = new String[all.size()];
    String[] organizations = new String[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Record r = all.get(i);
      for (String tag : r.meta().tags()) {
        index(tagLists, tag, i);
      }
      organizations[i] = organization(r);
      index(organizationLists, organizations[i], i);
      programs[i] = TaxonomyBuilder.programOf(r);
      index(programLists, programs[i], i);
    }
    // Plain int arrays from here on: the loops below run over the overlap of every pair.
    Map<String, int[]> byTag = ints(tagLists);
    Map<String, int[]> byOrganization = ints(organizationLists);
    Map<String, int[]> byProgram = ints(programLists);
    int[] scores = new int[all.size()];
    int[] touched = new int[all.size()];
    Map<RecordKey, List<RecordKey>> out = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Record r = all.get(i);
      int count = 0;
      for (String tag : r.meta().tags()) {
        count = add(byTag.get(tag), 2, scores, touched, count);
      }
      if (organizations[i] != null) {
        count = add(byOrganization.get(organizations[i]), 2, scores, touched, count);
      }
      if (programs[i] != null) {
        for (int t = 0; t < count; t++) {
          if (programs[i].equals(programs[touched[t]])) {
            scores[touched[t]] += 1;
          }
        }
        // Program-only matches score 1: only the newest few of the program can reach the top.
        int[] sameProgram = byProgram.get(programs[i]);
        for (int p = 0; p < Math.min(LIMIT + 1, sameProgram.length); p++) {
          int o = sameProgram[p];
          if (scores[o] == 0) {
            scores[o] = 1;
            touched[count++] = o;
          }
        }
      }
      scores[i] = 0;
      List<RecordKey> related = new ArrayList<>(LIMIT);
      for (int o : top(touched, count, scores)) {
        related.add(RecordKey.of(all.get(o)));
      }
      out.put(RecordKey.of(r), List.copyOf(related));
      for (int t = 0; t < count; t++) {
        scores[touched[t]] = 0;
      }
    }
    return out;
  }

  /** Adds {@code weight} to each of {@code records}; returns the new count of touched records. */
  private static int add(int[] records, int weight, int[] scores, int[] touched, int count) {
    for (int o : records) {
      if (scores[o] == 0) {
        touched[count++] = o;
      }
      scores[o] += weight;
    }
    return count;
  }

  /** The best {@value #LIMIT} of the first {@code count} touched records by score, then by number (newer first). */
  private static int[] top(int[] touched, int count, int[] scores) {
    int[] best = new int[LIMIT];
    int size = 0;
    for (int t = 0; t < count; t++) {
      int o = touched[t];
      if (scores[o] == 0) {
        continue;
      }
      int at = size;
      while (at > 0 && better(o, best[at - 1], scores)) {
        at--;
      }
      if (at < LIMIT) {
        int last = Math.min(size, LIMIT - 1);
        System.arraycopy(best, at, best, at + 1, last - at);
        best[at] = o;
        size = Math.min(size + 1, LIMIT);
      }
    }
    return Arrays.copyOf(best, size);
  }

  private static boolean better(int a, int b, int[] scores) {
    return scores[a] > scores[b] || scores[a] == scores[b] && a < b;
  }

  private static void index(Map<String, List<Integer>> index, String key, int i) {
    if (key != null) {
      index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
  }

  private static Map<String, int[]> ints(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> out.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    return out;
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

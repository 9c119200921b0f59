package org.redpress.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redpress.content.Record;

/**
 * Picks up to {@value #LIMIT} related records for a record: shared tags weigh 2 each, the same
 * organization 2, the same program 1; ties go to the newer record, then the key. Built once per
 * model as inverted indexes on tags, organizations and programs; each record's picks are scored
 * when asked for ({@link #of}), so a model costs its indexes, and a record page the overlap of
 * one record with the site, not of every pair. Immutable.
 */
public final class RelatedRecords {

  static final int LIMIT = 5;

  private static final Comparator<Record> NEWEST_FIRST =
      Comparator.comparing((Record r) -> r.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(RecordKey::of);

  /** Candidates numbered newest first, so a lower number wins a tie. */
  private final List<Record> all;
  private final Map<RecordKey, Integer> numbers;
  private final String[] programs;
  private final String[] organizations;
  private final Map<String, int[]> byTag;
  private final Map<String, int[]> byOrganization;
  private final Map<String, int[]> byProgram;

  RelatedRecords(List<Record> published) {
    this.all = published.stream().filter(r -> !(r instanceof Record.Page)).sorted(NEWEST_FIRST).toList();
    Map<String, List<Integer>> tagLists = new HashMap<>();
    Map<String, List<Integer>> organizationLists = new HashMap<>();
    Map<String, List<Integer>> programLists = new HashMap<>();
    Map<RecordKey, Integer> numbered = new HashMap<>(all.size() * 2);
    programs = new String[all.size()];
    organizations = new String[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Record r = all.get(i);
      numbered.put(RecordKey.of(r), i);
      for (String tag : r.meta().tags()) {
        index(tagLists, tag, i);
      }
      organizations[i] = organization(r);
      index(organizationLists, organizations[i], i);
      programs[i] = TaxonomyBuilder.programOf(r);
      index(programLists, programs[i], i);
    }
    this.numbers = numbered;
    // Plain int arrays from here on: scoring runs over the overlap of a record with the site.
    this.byTag = ints(tagLists);
    this.byOrganization = ints(organizationLists);
    this.byProgram = ints(programLists);
  }

  /** The records related to {@code key}, best first; empty for a page or a record not published. */
  public List<RecordKey> of(RecordKey key) {
    Integer number = numbers.get(key);
    if (number == null) {
      return List.of();
    }
    int i = number;
    Record r = all.get(i);
    int[] scores = new int[all.size()];
    int[] touched = new int[all.size()];
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
    return List.copyOf(related);
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

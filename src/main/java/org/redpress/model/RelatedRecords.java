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
    // The lists sharing a tag or the organization with r, each in number order: merged, a record
    // comes up once with how many lists hold it. Nothing is as large as the site, so a record
    // costs its overlap with the site however many records there are.
    List<int[]> lists = new ArrayList<>();
    for (String tag : r.meta().tags()) {
      lists.add(byTag.get(tag));
    }
    if (organizations[i] != null) {
      lists.add(byOrganization.get(organizations[i]));
    }
    Best best = new Best();
    int[] at = new int[lists.size()];
    while (true) {
      int o = Integer.MAX_VALUE;
      for (int l = 0; l < lists.size(); l++) {
        if (at[l] < lists.get(l).length) {
          o = Math.min(o, lists.get(l)[at[l]]);
        }
      }
      if (o == Integer.MAX_VALUE) {
        break;
      }
      int shared = 0;
      for (int l = 0; l < lists.size(); l++) {
        int[] list = lists.get(l);
        while (at[l] < list.length && list[at[l]] == o) {
          shared++;
          at[l]++;
        }
      }
      if (o != i) {
        best.offer(o, 2 * shared + (sameProgram(i, o) ? 1 : 0));
      }
    }
    if (programs[i] != null) {
      // Program-only matches score 1: only the newest few of the program can reach the top.
      int[] sameProgram = byProgram.get(programs[i]);
      for (int p = 0; p < Math.min(LIMIT + 1, sameProgram.length); p++) {
        int o = sameProgram[p];
        if (o != i && lists.stream().noneMatch(list -> Arrays.binarySearch(list, o) >= 0)) {
          best.offer(o, 1);
        }
      }
    }
    List<RecordKey> related = new ArrayList<>(LIMIT);
    for (int o : best.numbers()) {
      related.add(RecordKey.of(all.get(o)));
    }
    return List.copyOf(related);
  }

  private boolean sameProgram(int a, int b) {
    return programs[a] != null && programs[a].equals(programs[b]);
  }

  /** The best {@value #LIMIT} records offered, by score, then by number (newer first). */
  private static final class Best {
    private final int[] numbers = new int[LIMIT];
    private final int[] scores = new int[LIMIT];
    private int size;

    void offer(int number, int score) {
      int at = size;
      while (at > 0 && (score > scores[at - 1] || score == scores[at - 1] && number < numbers[at - 1])) {
        at--;
      }
      if (at < LIMIT) {
        int last = Math.min(size, LIMIT - 1);
        System.arraycopy(numbers, at, numbers, at + 1, last - at);
        System.arraycopy(scores, at, scores, at + 1, last - at);
        numbers[at] = number;
        scores[at] = score;
        size = Math.min(size + 1, LIMIT);
      }
    }

    int[] numbers() {
      return Arrays.copyOf(numbers, size);
    }
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

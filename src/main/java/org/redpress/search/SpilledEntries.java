package org.redpress.search;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shard entries of common terms, which live in numbered files of their own ({@code p/<n>.bin},
 * {@code docs/search.md} §4), and the table of the commonest of them ({@code c.bin}) that lets the
 * client fetch their postings without first fetching their shards.
 */
final class SpilledEntries {

  /** Field groups, in the order the table lists them. */
  static final int MAIN = 0;
  static final int UNIGRAM = 1;

  /** One spilled term: its group, its entry's size in bytes and the number of its file. */
  record Spill(int group, String term, int size, int file) {}

  private final Map<ByteBuffer, Integer> numbers = new HashMap<>();
  private final List<byte[]> files = new ArrayList<>();
  private final List<Spill> spills = new ArrayList<>();

  /**
   * The number of the file holding {@code entry}: the next number for new bytes, the same number
   * for bytes seen before (the bigrams of a set phrase, 乡村 村振 振兴 of 乡村振兴, often have
   * identical postings, which a query then downloads once).
   */
  int add(int group, String term, byte[] entry) {
    int file = numbers.computeIfAbsent(ByteBuffer.wrap(entry), b -> {
      files.add(entry);
      return files.size() - 1;
    });
    spills.add(new Spill(group, term, entry.length, file));
    return file;
  }

  /** How many terms {@link #table} lists: {@code limit}, or every spilled term when fewer. */
  int tableSize(int limit) {
    return Math.min(limit, spills.size());
  }

  /** The files, path ({@code p/<n>.bin}) to bytes. */
  Map<String, byte[]> files() {
    Map<String, byte[]> out = new HashMap<>();
    for (int n = 0; n < files.size(); n++) {
      out.put("p/" + n + ".bin", files.get(n));
    }
    return out;
  }

  /**
   * The common-terms table: the {@code limit} spilled terms with the longest entries (the
   * commonest terms, which queries are most likely to hold), per group a varint count and, in
   * term order, each term's string and its file's number.
   */
  byte[] table(int limit) {
    List<Spill> chosen = spills.stream()
        .sorted(Comparator.comparingInt(Spill::size).reversed()
            .thenComparingInt(Spill::group).thenComparing(Spill::term))
        .limit(limit)
        .sorted(Comparator.comparingInt(Spill::group).thenComparing(Spill::term))
        .toList();
    ByteWriter w = new ByteWriter();
    for (int group : new int[] {MAIN, UNIGRAM}) {
      List<Spill> in = chosen.stream().filter(s -> s.group() == group).toList();
      w.varint(in.size());
      in.forEach(s -> w.string(s.term()).varint(s.file()));
    }
    return w.toByteArray();
  }
}

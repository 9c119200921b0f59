package org.redpress.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redpress.content.RecordType;

/**
 * What query understanding needs to know of the site ({@code docs/search.md} §3.1), built with
 * the index and shipped beside it: the traditional characters to fold (only those whose
 * simplified form the site uses and that the site never uses itself), the pinyin of the site's
 * own terms (two to four characters of every tag and of every venue's and organization's
 * name), and the site's tags for "did you
 * mean" suggestions, most used first.
 */
record QueryLexicon(Map<Character, Character> simplified, Map<String, String> pinyin, List<String> tags) {

  /** Longest piece of a title or tag that gets a pinyin key, in characters. */
  static final int MAX_TERM = 4;

  /**
   * Most pinyin keys shipped: the file is fetched whole by the first pinyin query, so a big site
   * keeps the keys of its most used terms (about 30 KB before compression) rather than all.
   */
  static final int MAX_PINYIN_KEYS = 1_000;

  QueryLexicon {
    simplified = Collections.unmodifiableMap(new TreeMap<>(simplified));
    pinyin = Collections.unmodifiableMap(new TreeMap<>(pinyin));
    tags = List.copyOf(tags);
  }

  static final QueryLexicon EMPTY = new QueryLexicon(Map.of(), Map.of(), List.of());

  static QueryLexicon of(List<SearchDocument> docs) {
    BitSet used = new BitSet(0x10000);
    for (SearchDocument d : docs) {
      mark(used, d.title());
      d.tags().forEach(t -> mark(used, t));
      mark(used, d.summary());
      mark(used, d.body());
    }
    Map<Character, Character> fold = new TreeMap<>();
    TraditionalChars.table().forEach((t, s) -> {
      if (used.get(s) && !used.get(t) && !QueryText.FILLER_CHARS.get(t)) {
        fold.put(t, s);
      }
    });
    return new QueryLexicon(fold, pinyinTerms(docs), tagsByUse(docs));
  }

  private static void mark(BitSet used, String text) {
    for (int i = 0; text != null && i < text.length(); i++) {
      if (ZhTokens.isHan(text.charAt(i))) {
        used.set(text.charAt(i));
      }
    }
  }

  /** Pinyin key → the term most titles and tags spell that way (the smaller string on a tie). */
  private static Map<String, String> pinyinTerms(List<SearchDocument> docs) {
    // Each distinct name or tag with its uses: a tag on thousands of records is read once.
    Map<String, Integer> texts = new HashMap<>();
    for (SearchDocument d : docs) {
      // Names (of venues and organizations) and tags are the site's terms; a practice's or a
      // material's title is a sentence, and its pieces would make the map grow with every record.
      if (d.type() == RecordType.VENUE || d.type() == RecordType.ORGANIZATION) {
        texts.merge(d.title(), 1, Integer::sum);
      }
      d.tags().forEach(t -> texts.merge(t, 1, Integer::sum));
    }
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    texts.forEach((text, uses) -> pieces(text, uses, counts));
    List<Map.Entry<String, Map.Entry<String, Integer>>> best = new ArrayList<>();
    counts.forEach((key, terms) -> best.add(Map.entry(key, terms.entrySet().stream()
        .min((a, b) -> a.getValue().equals(b.getValue())
            ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
        .orElseThrow())));
    best.sort((a, b) -> !a.getValue().getValue().equals(b.getValue().getValue())
        ? b.getValue().getValue() - a.getValue().getValue() : a.getKey().compareTo(b.getKey()));
    Map<String, String> out = new TreeMap<>();
    best.stream().limit(MAX_PINYIN_KEYS).forEach(e -> out.put(e.getKey(), e.getValue().getKey()));
    return out;
  }

  private static void pieces(String text, int uses, Map<String, Map<String, Integer>> counts) {
    int i = 0;
    while (i < text.length()) {
      if (!ZhTokens.isHan(text.charAt(i)) || Character.isSurrogate(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && ZhTokens.isHan(text.charAt(end)) && !Character.isSurrogate(text.charAt(end))) {
        end++;
      }
      for (int s = i; s < end; s++) {
        StringBuilder key = new StringBuilder();
        for (int e = s; e < end && e - s < MAX_TERM; e++) {
          String reading = PinyinReadings.of(text.charAt(e));
          if (reading == null) {
            break;
          }
          key.append(reading);
          if (e > s) {
            counts.computeIfAbsent(key.toString(), k -> new HashMap<>())
                .merge(text.substring(s, e + 1), uses, Integer::sum);
          }
        }
      }
      i = end;
    }
  }

  /** Distinct tags, most used first, then in first-use order. */
  private static List<String> tagsByUse(List<SearchDocument> docs) {
    Map<String, Integer> uses = new LinkedHashMap<>();
    docs.forEach(d -> d.tags().forEach(t -> uses.merge(t, 1, Integer::sum)));
    List<String> order = new ArrayList<>(uses.keySet());
    order.sort((a, b) -> uses.get(b) - uses.get(a));
    return order;
  }

  /** Length of the longest pinyin key, 0 when there is none. */
  int longestKey() {
    return pinyin.keySet().stream().mapToInt(String::length).max().orElse(0);
  }
}

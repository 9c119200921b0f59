package org.redpress.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Query understanding before analysis ({@code docs/search.md} §3.1), the same steps as the
 * browser engine's {@code rewrite}: traditional characters fold to simplified, a Latin-only
 * query spelled in pinyin becomes the site's own terms, and question and filler words become
 * separators.
 */
final class QueryText {

  /**
   * Words a resident asks with that say nothing of what is sought, longest first so that 怎么样
   * is taken before 怎么. Simplified only: traditional ones are folded first.
   */
  static final List<String> FILLERS = List.of(
      "我想知道", "请问一下", "怎么样", "为什么", "什么样", "有没有", "有哪些", "是不是", "在哪里", "在哪儿",
      "能不能", "怎么", "怎样", "如何", "什么", "哪里", "哪儿", "哪些", "哪个", "在哪", "多少", "附近",
      "请问", "我想", "我要", "是否", "可以", "的", "吗", "呢", "吧", "啊", "呀", "了", "是");

  /** Every character of a filler word: never folded, so folding cannot create or break one. */
  static final BitSet FILLER_CHARS = new BitSet(0x10000);

  static {
    FILLERS.forEach(w -> w.chars().forEach(FILLER_CHARS::set));
  }

  /** Most "did you mean" suggestions. */
  static final int SUGGESTIONS = 3;

  /** Longest Latin-only query read as pinyin, in letters. */
  static final int MAX_PINYIN = 64;

  private QueryText() {}

  /** The text the analyzer sees for a typed query. */
  static String rewrite(String text, QueryLexicon lexicon) {
    return fillers(pinyin(simplify(text, lexicon.simplified()), lexicon));
  }

  /** Traditional characters to simplified, one UTF-16 unit for one. */
  static String simplify(String text, Map<Character, Character> table) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      Character s = table.get(text.charAt(i));
      out.append(s == null ? text.charAt(i) : s);
    }
    return out.toString();
  }

  /**
   * A query of letters and spaces only whose letters split wholly into the pinyin keys of the
   * site's terms (fewest pieces; on a tie the longest last piece) becomes those terms, separated
   * by spaces; any other text is returned as it is.
   */
  static String pinyin(String text, QueryLexicon lexicon) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      int c = ZhTokens.fold(text.charAt(i));
      if (c >= 'a' && c <= 'z') {
        letters.append((char) c);
      } else if (c != ' ') {
        return text;
      }
    }
    int n = letters.length();
    if (n == 0 || n > MAX_PINYIN || lexicon.pinyin().isEmpty()) {
      return text;
    }
    int longest = lexicon.longestKey();
    int[] best = new int[n + 1];
    int[] from = new int[n + 1];
    Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int s = Math.max(0, end - longest); s < end; s++) {
        if (best[s] != Integer.MAX_VALUE && best[s] + 1 < best[end]
            && lexicon.pinyin().containsKey(letters.substring(s, end))) {
          best[end] = best[s] + 1;
          from[end] = s;
        }
      }
    }
    if (best[n] == Integer.MAX_VALUE) {
      return text;
    }
    List<String> terms = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      terms.add(lexicon.pinyin().get(letters.substring(from[end], end)));
    }
    Collections.reverse(terms);
    return String.join(" ", terms);
  }

  /** Filler words become spaces, unless that leaves nothing to search for. */
  static String fillers(String text) {
    char[] out = text.toCharArray();
    int i = 0;
    while (i < out.length) {
      String hit = null;
      for (String w : FILLERS) {
        if (text.startsWith(w, i)) {
          hit = w;
          break;
        }
      }
      if (hit == null) {
        i++;
      } else {
        Arrays.fill(out, i, i + hit.length(), ' ');
        i += hit.length();
      }
    }
    String stripped = new String(out);
    return ZhTokens.main(stripped).isEmpty() ? text : stripped;
  }

  /**
   * "Did you mean" for a query that found nothing: the tags that share the most distinct Han
   * characters with the rewritten query (most used first on a tie), else the most used tags.
   */
  static List<String> suggestions(String rewritten, QueryLexicon lexicon) {
    BitSet chars = new BitSet(0x10000);
    for (int i = 0; i < rewritten.length(); i++) {
      if (ZhTokens.isHan(rewritten.charAt(i))) {
        chars.set(rewritten.charAt(i));
      }
    }
    List<String> tags = lexicon.tags();
    int[] shared = new int[tags.size()];
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < tags.size(); t++) {
      BitSet seen = new BitSet(0x10000);
      for (int i = 0; i < tags.get(t).length(); i++) {
        char c = tags.get(t).charAt(i);
        if (chars.get(c) && !seen.get(c)) {
          seen.set(c);
          shared[t]++;
        }
      }
      order.add(t);
    }
    order.sort((a, b) -> shared[b] != shared[a] ? shared[b] - shared[a] : a - b);
    return order.stream().limit(SUGGESTIONS).map(tags::get).toList();
  }
}

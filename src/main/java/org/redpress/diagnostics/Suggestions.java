package org.redpress.diagnostics;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean" suggestions by edit distance, for unknown fields and dangling references. */
public final class Suggestions {

  private Suggestions() {}

  /** The closest candidate within a small edit distance, or "" when none is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    int limit = Math.max(2, wrong.length() / 3);
    return candidates.stream()
        .sorted()
        .min(Comparator.comparingInt(c -> distance(wrong, c)))
        .filter(best -> distance(wrong, best) <= limit)
        .orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

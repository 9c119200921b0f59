package org.redpress.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.redpress.search.SearchHit.Highlighted;
import org.redpress.search.SearchHit.Span;

/** Snippet windows and highlight spans ({@code docs/search.md} §5), the same rules the client uses. */
public final class Snippets {

  /** Longest snippet, in UTF-16 units, before the ellipses. */
  public static final int WINDOW = 90;

  /** How much text to show before the first match of the window. */
  static final int LEAD = 12;

  /** Enough occurrences to choose a window well; beyond this, a long text costs nothing more. */
  private static final int MAX_OCCURRENCES = 1000;

  private record Occurrence(int start, int end, int token) {}

  private Snippets() {}

  /** The whole {@code text} with every match of the query's tokens marked (used for titles). */
  public static Highlighted marks(String text, QueryPlan plan) {
    return new Highlighted(text, merge(occurrences(text, plan), 0, text.length()));
  }

  /** The best window of {@code text} for the query, with its matches marked. */
  public static Highlighted snippet(String text, QueryPlan plan) {
    List<Occurrence> occ = occurrences(text, plan);
    int start = 0;
    int best = -1;
    for (int i = 0; i < occ.size(); i++) {
      int ws = Math.max(0, occ.get(i).start() - LEAD);
      BitSet covered = new BitSet();
      for (int j = i; j < occ.size() && occ.get(j).start() < ws + WINDOW; j++) {
        if (occ.get(j).end() <= ws + WINDOW) {
          covered.set(occ.get(j).token());
        }
      }
      if (covered.cardinality() > best) {
        best = covered.cardinality();
        start = ws;
      }
    }
    start = avoidSplit(text, start);
    int end = avoidSplit(text, Math.min(text.length(), start + WINDOW));
    String prefix = start > 0 ? "…" : "";
    String cut = prefix + text.substring(start, end) + (end < text.length() ? "…" : "");
    List<Span> marks = new ArrayList<>();
    for (Span s : merge(occ, start, end)) {
      marks.add(new Span(s.start() - start + prefix.length(), s.end() - start + prefix.length()));
    }
    return new Highlighted(cut, marks);
  }

  /** The text as the analyzer sees it, unit for unit: width-folded and lower-cased. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isSurrogate(c) ? c : (char) ZhTokens.fold(c));
    }
    return out.toString();
  }

  private static List<Occurrence> occurrences(String text, QueryPlan plan) {
    String folded = fold(text);
    List<Occurrence> occ = new ArrayList<>();
    List<ZhTokens.Token> tokens = plan.tokens();
    for (int t = 0; t < tokens.size(); t++) {
      String term = tokens.get(t).term();
      boolean alnum = tokens.get(t).kind() == ZhTokens.Kind.ALNUM;
      for (int at = folded.indexOf(term); at >= 0 && occ.size() < MAX_OCCURRENCES;
          at = folded.indexOf(term, at + 1)) {
        int end = at + term.length();
        // "1" should not light up inside "2018": an alnum token matches whole runs only.
        if (!alnum || (!alnumAt(folded, at - 1) && !alnumAt(folded, end))) {
          occ.add(new Occurrence(at, end, t));
        }
      }
    }
    occ.sort(Comparator.comparingInt(Occurrence::start).thenComparingInt(Occurrence::end));
    return occ;
  }

  private static boolean alnumAt(String s, int i) {
    return i >= 0 && i < s.length() && ZhTokens.isAlnum(s.charAt(i));
  }

  /** Touching or overlapping matches inside {@code [from, to)} become one span. */
  private static List<Span> merge(List<Occurrence> occ, int from, int to) {
    List<Span> out = new ArrayList<>();
    for (Occurrence o : occ) {
      int s = Math.max(o.start(), from);
      int e = Math.min(o.end(), to);
      if (s >= e) {
        continue;
      }
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s <= last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), e)));
      } else {
        out.add(new Span(s, e));
      }
    }
    return out;
  }

  /** Moves a cut off the low half of a surrogate pair, so no emoji or rare character is split. */
  private static int avoidSplit(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
  }
}

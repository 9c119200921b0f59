package org.redpress.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The analysis rules of {@code docs/search.md} §1 as plain Java, shared by the Lucene tokenizer and the query planner. */
public final class ZhTokens {

  /** Longest alnum token; longer runs are cut so no term can exceed Lucene's term size limit. */
  public static final int MAX_ALNUM = 64;

  /** Han ranges fixed by the spec, inclusive pairs; runtime Unicode tables differ between JDK and browsers. */
  private static final int[] HAN = {
    0x2E80, 0x2EFF, 0x2F00, 0x2FDF, 0x3005, 0x3005, 0x3007, 0x3007, 0x3021, 0x3029,
    0x3038, 0x303B, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF, 0x20000, 0x2FA1F,
    0x30000, 0x323AF
  };

  /** What a token is: it decides the field group a query token is looked up in. */
  public enum Kind { ALNUM, BIGRAM, UNIGRAM }

  /** One token with its UTF-16 offsets in the original text. */
  public record Token(String term, int start, int end, Kind kind) {}

  private ZhTokens() {}

  /** Width folding and ASCII lower-casing of one code point. */
  public static int fold(int cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      cp -= 0xFEE0;
    } else if (cp == 0x3000) {
      cp = 0x20;
    }
    return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  }

  public static boolean isHan(int cp) {
    // The common cases first: CJK Unified Ideographs, and everything below the first range.
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true;
    }
    if (cp < 0x2E80) {
      return false;
    }
    for (int i = 0; i < HAN.length; i += 2) {
      if (cp >= HAN[i] && cp <= HAN[i + 1]) {
        return true;
      }
    }
    return false;
  }

  static boolean isAlnum(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
  }

  /** Tokens of the main fields: alnum runs, Han bigrams, lone Han unigrams. */
  public static List<Token> main(String text) {
    return tokens(text, false);
  }

  /** Tokens of the unigram fields: every Han character. */
  public static List<Token> unigrams(String text) {
    return tokens(text, true);
  }

  private static List<Token> tokens(String text, boolean unigramsOnly) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = fold(text.codePointAt(i));
      if (isHan(cp)) {
        i = hanRun(text, i, unigramsOnly, out);
      } else if (isAlnum(cp)) {
        i = alnumRun(text, i, unigramsOnly ? null : out);
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return out;
  }

  /** Collects a Han run's start offsets and emits its bigrams (or unigrams); returns the run's end. */
  private static int hanRun(String text, int from, boolean unigramsOnly, List<Token> out) {
    int[] starts = new int[16]; // plain ints: a build tokenizes every text twice
    int count = 0;
    int i = from;
    while (i < text.length() && isHan(fold(text.codePointAt(i)))) {
      if (count + 1 == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[count++] = i;
      i += Character.charCount(text.codePointAt(i));
    }
    starts[count] = i;
    if (unigramsOnly || count == 1) {
      for (int k = 0; k < count; k++) {
        out.add(new Token(text.substring(starts[k], starts[k + 1]), starts[k], starts[k + 1], Kind.UNIGRAM));
      }
    } else {
      for (int k = 0; k + 1 < count; k++) {
        out.add(new Token(text.substring(starts[k], starts[k + 2]), starts[k], starts[k + 2], Kind.BIGRAM));
      }
    }
    return i;
  }

  /** Emits an alnum run in pieces of at most {@link #MAX_ALNUM} (when {@code out} is set); returns the run's end. */
  private static int alnumRun(String text, int from, List<Token> out) {
    int i = from;
    StringBuilder piece = new StringBuilder();
    int pieceStart = from;
    while (i < text.length()) {
      int cp = fold(text.codePointAt(i));
      if (!isAlnum(cp)) {
        break;
      }
      piece.append((char) cp);
      i++;
      if (piece.length() == MAX_ALNUM) {
        emit(out, piece, pieceStart, i);
        pieceStart = i;
      }
    }
    emit(out, piece, pieceStart, i);
    return i;
  }

  private static void emit(List<Token> out, StringBuilder piece, int start, int end) {
    if (out != null && piece.length() > 0) {
      out.add(new Token(piece.toString(), start, end, Kind.ALNUM));
    }
    piece.setLength(0);
  }
}

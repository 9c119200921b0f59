package org.redpress.markdown;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** Text tools that count and cut Chinese by characters, not by words. */
public final class CjkText {

  /** Parsed once: jsoup parses a query string again on every select(). */
  private static final Evaluator NOT_READ = Selector.evaluatorOf("ul.toc, a.footnote-ref, a.footnote-backref");

  /** A reader's pace: about 400 Han characters or 200 Latin-script words a minute. */
  private static final double HAN_PER_MINUTE = 400;

  private static final double WORDS_PER_MINUTE = 200;

  private static final String SENTENCE_ENDS = "。！？!?";

  /** Closing quotes and brackets that belong to the sentence before them: 他说：“好。” */
  private static final String CLOSERS = "”’」』）)》〉】\"'";

  private CjkText() {}

  /** Number of Han ideographs (Unicode script HAN) in {@code text}. */
  public static int hanCount(String text) {
    return (int) text.codePoints().filter(CjkText::isHan).count();
  }

  /**
   * Minutes to read {@code text}, rounded, at least 1: Han characters at 400 a minute plus runs of
   * other letters and digits, counted as words, at 200 a minute.
   */
  public static int readingMinutes(String text) {
    int han = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isHan(cp)) {
        han++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        words += inWord ? 0 : 1;
        inWord = true;
      } else {
        inWord = false;
      }
    }
    long minutes = Math.round(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE);
    return (int) Math.max(1, minutes);
  }

  /**
   * {@code text} with whitespace collapsed, cut to at most {@code maxChars} code points.
   *
   * <p>Prefers to end after the last complete sentence (。！？!?, with its closing quotes) within
   * the limit, as long as that keeps at least half of it; otherwise cuts at {@code maxChars - 1}
   * code points and appends "…", so the result still fits. Works on code points, so an emoji or a
   * rare ideograph outside the BMP is never split.
   */
  public static String summary(String text, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    String collapsed = collapseWhitespace(text);
    int[] cps = collapsed.codePoints().toArray();
    if (cps.length <= maxChars) {
      return collapsed;
    }
    int sentenceEnd = 0;
    for (int i = 0; i < maxChars; i++) {
      if (SENTENCE_ENDS.indexOf(cps[i]) >= 0) {
        int end = i + 1;
        while (end < maxChars && CLOSERS.indexOf(cps[end]) >= 0) {
          end++;
        }
        sentenceEnd = end;
      }
    }
    // A lone short first sentence ("好！") says less than a longer cut with an ellipsis.
    if (sentenceEnd > 0 && sentenceEnd * 2 >= maxChars) {
      return new String(cps, 0, sentenceEnd).strip();
    }
    return new String(cps, 0, maxChars - 1).stripTrailing() + "…";
  }

  /**
   * The text of a sanitised fragment as jsoup reads it (whitespace collapsed), without the table
   * of contents and footnote markers, which repeat or decorate the prose.
   */
  public static String plainText(SafeHtml html) {
    Objects.requireNonNull(html, "html");
    return plainText(Jsoup.parseBodyFragment(html.html()).body());
  }

  /** The same, read from a parsed fragment, whose table of contents and footnote markers are removed. */
  static String plainText(Element body) {
    body.select(NOT_READ).remove();
    return body.text();
  }

  /**
   * Runs of whitespace become one space, trimmed at both ends; a run with a line break between
   * two Chinese characters disappears, since hard-wrapped Chinese has no spaces between words.
   */
  static String collapseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isSpace(cp)) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      boolean lineBreak = false;
      while (i < text.length() && isSpace(text.codePointAt(i))) {
        lineBreak |= text.charAt(i) == '\n' || text.charAt(i) == '\r';
        i += Character.charCount(text.codePointAt(i));
      }
      boolean atEdge = out.length() == 0 || i >= text.length();
      boolean joinsChinese =
          lineBreak && !atEdge && isCjk(out.codePointBefore(out.length())) && isCjk(text.codePointAt(i));
      if (!atEdge && !joinsChinese) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  static boolean isHan(int cp) {
    return UnicodeScript.of(cp) == UnicodeScript.HAN;
  }

  /** Han, kana, and the CJK and full-width punctuation set between them (。，「」！). */
  static boolean isCjk(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    if (script == UnicodeScript.HAN
        || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA) {
      return true;
    }
    UnicodeBlock block = UnicodeBlock.of(cp);
    return block == UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}

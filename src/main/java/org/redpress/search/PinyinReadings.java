package org.redpress.search;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** A Han character's commonest reading in toneless lower-case pinyin ({@code ü} as {@code v}), from pinyin4j. */
final class PinyinReadings {

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private PinyinReadings() {}

  /** The first reading pinyin4j lists, or null when it knows none. */
  static String of(char c) {
    try {
      String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      return all == null || all.length == 0 ? null : all[0];
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e); // the format above is a valid combination
    }
  }
}

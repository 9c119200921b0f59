package org.redpress.content;

import java.util.regex.Pattern;

/**
 * Chinese telephone numbers as editors write them: mobiles (138 0000 0000, +86 …), landlines
 * with area code (0513-88888888, extension 转 123), 400/800 service numbers and short public
 * hotlines (12345). {@link #dialable} gives what a {@code tel:} link carries.
 */
final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
  private static final Pattern SERVICE = Pattern.compile("[48]00\\d{7}");
  private static final Pattern HOTLINE = Pattern.compile("1\\d{2,4}");
  private static final Pattern EXTENSION = Pattern.compile("(.*?)\\s*(?:转|ext\\.?|x|#)\\s*(\\d{1,6})");
  private static final Pattern SHAPE = Pattern.compile("[0-9 ()\\-+（）－]+");

  private PhoneNumbers() {}

  /** Whether {@code written} is one Chinese telephone number. */
  static boolean isValid(String written) {
    return dialable(written) != null;
  }

  /** The digits to dial ({@code +86…} kept, extension after a comma), or null when it is no number. */
  static String dialable(String written) {
    String main = written.strip();
    String extension = null;
    var ext = EXTENSION.matcher(main);
    if (ext.matches()) {
      main = ext.group(1);
      extension = ext.group(2);
    }
    if (!SHAPE.matcher(main).matches()) {
      return null;
    }
    String digits = main.replaceAll("[^0-9+]", "");
    String prefix = "";
    if (digits.startsWith("+86")) {
      prefix = "+86";
      digits = digits.substring(3);
      if (digits.startsWith("0")) {
        return null;
      }
      if (!MOBILE.matcher(digits).matches() && !LANDLINE.matcher("0" + digits).matches()) {
        return null;
      }
    } else if (digits.contains("+")) {
      return null;
    } else if (!(MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()
        || SERVICE.matcher(digits).matches() || HOTLINE.matcher(digits).matches())) {
      return null;
    }
    if (extension != null && MOBILE.matcher(digits).matches()) {
      return null;
    }
    return prefix + digits + (extension == null ? "" : "," + extension);
  }
}

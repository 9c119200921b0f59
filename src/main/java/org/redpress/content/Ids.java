package org.redpress.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rule for record ids: ASCII {@code [a-z0-9][a-z0-9-]*}, at most 64 characters. */
public final class Ids {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private Ids() {}

  public static boolean isValid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** A valid id close to {@code wrong} (lower-cased, accents dropped), or "" when none. */
  public static String suggest(String wrong) {
    String ascii =
        Normalizer.normalize(wrong, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return isValid(ascii) ? ascii : "";
  }
}

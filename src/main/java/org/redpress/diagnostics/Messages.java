package org.redpress.diagnostics;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts keyed by diagnostic code, Chinese by default and English on request. The
 * bundles are {@code org/redpress/diagnostics/messages*.properties} (UTF-8).
 */
public final class Messages {

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "org.redpress.diagnostics.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Messages for {@code zh} (default) or {@code en}. */
  public static Messages forLanguage(String language) {
    return new Messages("en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.ROOT);
  }

  public boolean isEnglish() {
    return locale.equals(Locale.ENGLISH);
  }

  public String severity(Severity severity) {
    return text("severity." + severity.name().toLowerCase(Locale.ROOT));
  }

  /** The message of {@code code} with its arguments filled in. */
  public String message(String code, List<String> args) {
    return format(code, args.toArray());
  }

  /** Any keyed text (UI strings of the command line too), with {@link MessageFormat} arguments. */
  public String format(String key, Object... args) {
    String pattern = dropEmptyOptionals(text(key), args);
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /**
   * Removes the optional segments {@code ((…))} of a pattern whose placeholders are empty, so a
   * message such as "unknown field {0}((; did you mean {1}?))" reads well either way.
   */
  static String dropEmptyOptionals(String pattern, Object[] args) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf("((", i);
      int close = open < 0 ? -1 : pattern.indexOf("))", open);
      if (open < 0 || close < 0) {
        out.append(pattern, i, pattern.length());
        break;
      }
      out.append(pattern, i, open);
      String segment = pattern.substring(open + 2, close);
      if (!hasEmptyPlaceholder(segment, args)) {
        out.append(segment);
      }
      i = close + 2;
    }
    return out.toString();
  }

  private static boolean hasEmptyPlaceholder(String segment, Object[] args) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(segment);
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      if (index >= args.length || args[index] == null || String.valueOf(args[index]).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      // A missing text is a bug, but the editor still deserves the code and arguments.
      return key;
    }
  }
}

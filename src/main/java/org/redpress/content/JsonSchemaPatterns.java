package org.redpress.content;

/**
 * The regular expressions the JSON Schemas use, each mirroring one rule of {@link FieldChecker},
 * {@link Ids} or {@link MediaPaths}. They are written in the subset that Java and ECMAScript
 * (the editor extension) read the same way: no {@code \s}, no POSIX classes, explicit ranges.
 */
public final class JsonSchemaPatterns {

  /** {@code YYYY-MM-DD}; whether the day exists is {@code format: date}'s job. */
  public static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

  /** A record id or series key (the length limit is a separate {@code maxLength}). */
  public static final String ID = "^[a-z0-9][a-z0-9-]*$";

  /** What {@link Ids} allows at most. */
  public static final int ID_MAX_LENGTH = 64;

  /** The control characters {@link FieldChecker} refuses in text: C0 and C1 but tab and newline. */
  static final String CONTROL = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f";

  /** What {@link String#strip()} removes, plus the invisible characters the checker drops. */
  static final String BLANK =
      "\\t\\n\\u000b\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000"
          + "\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff";

  /** Any text without control characters. */
  public static final String TEXT = "^[^" + CONTROL + "]*$";

  /** Text without control characters that is not blank (a required field). */
  public static final String REQUIRED_TEXT = "^(?![" + BLANK + "]*$)[^" + CONTROL + "]*$";

  /**
   * A photo beside the record or a relative path under {@code content/media/} (see {@code
   * MediaPaths}): one leading {@code ../} at most, then no leading {@code /}, no backslash, colon,
   * percent sign or control character, no empty, {@code .} or {@code ..} segment.
   */
  public static final String MEDIA =
      "^(?:\\.\\./)?(?!/)(?!media/$)(?!.*//[^/])(?!(?:.*/)?\\.\\.?(?:/|$))[^\\\\:%" + CONTROL + "]+$";

  /** An https address on one of {@code hosts} (matching nothing when there is none). */
  public static String videoEmbed(java.util.List<String> hosts) {
    if (hosts.isEmpty()) {
      return "^(?!)$";
    }
    // Hosts are letters, digits, hyphens and dots (site.yaml checks them): only dots need escaping.
    String alternatives = hosts.stream().map(h -> h.replace(".", "\\."))
        .collect(java.util.stream.Collectors.joining("|"));
    return "^[Hh][Tt][Tt][Pp][Ss]://(?:" + alternatives + ")(?::[0-9]+)?(?:[/?#][^" + CONTROL + " ]*)?$";
  }

  /** Space characters (Java's {@code Character.isSpaceChar} and ASCII white space), which a URI cannot hold. */
  private static final String SPACE = " \\t\\n\\r\\f\\u000b\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

  private static final String URL_CHAR = "(?:[^" + SPACE + "\"<>\\\\^`{|}\\[\\]%" + CONTROL + "]|%[0-9A-Fa-f]{2})";
  private static final String HOST =
      "(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.?"
          + "|\\d{1,3}(?:\\.\\d{1,3}){3})";

  /**
   * An {@code http(s)://} URL with a host, or a path within the site (no scheme: no colon before
   * the first slash), never {@code //host} or another scheme such as {@code javascript:}.
   */
  public static final String URL =
      "^(?!//)(?:[Hh][Tt][Tt][Pp][Ss]?://" + HOST + "(?::\\d*)?(?:[/?#]" + URL_CHAR + "*)?"
          + "|(?:(?![:/])" + URL_CHAR + ")*(?:/" + URL_CHAR + "*)?)$";

  /**
   * The shape of a Chinese telephone number as {@link PhoneNumbers} reads it: digits with
   * spaces, hyphens and brackets, an optional +86, an optional extension. The digit counts are
   * the build's to check (E-PHONE).
   */
  public static final String PHONE = "^(?:\\+86)?[0-9 ()（）－-]{3,20}(?:(?:转|ext\\.?|x|#) ?[0-9]{1,6})?$";

  private static final String CLOCK = "[0-9]{1,2}[:：][0-9]{2}";
  private static final String PERIOD = CLOCK + " *(?:-|－|–|—|~|～|至|到) *" + CLOCK;

  /**
   * One day's opening periods, or a word for closed; whether periods overlap or run backwards is
   * the build's to check (E-HOURS-OVERLAP, E-HOURS-ORDER).
   */
  public static final String HOURS =
      "^ *(?:休息|闭馆|不开放|closed|" + PERIOD + "(?: *[,，、;；] *" + PERIOD + ")*) *$";

  /** {@code YYYY-MM-DD HH:MM} (or with T); whether the time exists is the build's to check. */
  public static final String DATETIME = "^\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}$";

  private JsonSchemaPatterns() {}
}

package org.redpress.content;

import java.util.Optional;

/**
 * The words {@code redpress new} leaves where the editor must write something. Every one starts
 * with {@link #PREFIX}, and the validator refuses a field or body that still does, so an
 * unfinished record can never be published.
 */
public final class Placeholders {

  /** What every placeholder starts with ("请填写标题", "请填写地址", "请填写正文…"). */
  public static final String PREFIX = "请填写";

  private Placeholders() {}

  /** A placeholder for the field or text described by {@code what}: "请填写" + what. */
  public static String of(String what) {
    return PREFIX + what;
  }

  /** Whether {@code text} (a field's value) is still a placeholder. */
  public static boolean isPlaceholder(String text) {
    return text != null && text.strip().startsWith(PREFIX);
  }

  /** The 0-based line of {@code body} that is a placeholder, if any. */
  static Optional<Integer> lineInBody(String body) {
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (isPlaceholder(lines[i]) && !lines[i].isBlank()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}

package org.redpress.markdown;

import java.util.Objects;

/**
 * HTML that this package produced and sanitised: the only value templates may print unescaped.
 *
 * <p>The constructor is public because records cannot hide it, but only this package should create
 * instances; anything else wrapping a string here bypasses the sanitiser.
 */
public record SafeHtml(String html) {

  /** An empty fragment, for records without a body. */
  public static final SafeHtml EMPTY = new SafeHtml("");

  public SafeHtml {
    Objects.requireNonNull(html, "html");
  }
}

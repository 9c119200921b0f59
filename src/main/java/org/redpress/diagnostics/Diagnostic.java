package org.redpress.diagnostics;

import java.util.Comparator;
import java.util.List;

/**
 * One finding an editor can act on: a severity, a stable code such as {@code E-DATE}, where it
 * is, and the arguments of the code's message (the text itself comes from {@link Messages}).
 */
public record Diagnostic(Severity severity, String code, SourcePosition at, List<String> args)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::at)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(d -> String.join("\u0000", d.args()));

  public Diagnostic {
    args = List.copyOf(args);
  }

  /** An error with the given message arguments. */
  public static Diagnostic error(String code, SourcePosition at, Object... args) {
    return new Diagnostic(Severity.ERROR, code, at, strings(args));
  }

  /** A warning with the given message arguments. */
  public static Diagnostic warning(String code, SourcePosition at, Object... args) {
    return new Diagnostic(Severity.WARNING, code, at, strings(args));
  }

  /** The same finding raised to an error ({@code check --strict}). */
  public Diagnostic asError() {
    return new Diagnostic(Severity.ERROR, code, at, args);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The one-line form {@code path:line:col: 错误 CODE message}. Line breaks and other control
   * characters from content (a value, a file name) are shown escaped, so they can never start a
   * line that reads as another finding.
   */
  public String format(Messages messages) {
    return oneLine(at + ": " + messages.severity(severity) + " " + code + " " + messages.message(code, args));
  }

  /** {@code text} with every control character written as a Java escape ({@code \n}, {@code \u0007}). */
  public static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else if (c == '\t') {
          out.append("\\t");
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  private static List<String> strings(Object[] args) {
    return java.util.Arrays.stream(args).map(String::valueOf).toList();
  }
}

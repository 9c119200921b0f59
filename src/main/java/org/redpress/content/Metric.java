package org.redpress.content;

import java.math.BigDecimal;

/**
 * A figure as the source gives it: label, value, the qualifier that keeps a rounded figure honest
 * (约, 近, 余, 多, 以上), unit, period, an optional baseline and, for a relative change, its
 * direction ({@code down} or {@code up}).
 */
public record Metric(String label, String value, String qualifier, String unit, String period, String baseline,
    String trend) {

  /** The qualifiers written before the number (约30, 近2万); 余 and 多 follow it, 以上 follows the unit. */
  private static boolean before(String qualifier) {
    return "约".equals(qualifier) || "近".equals(qualifier);
  }

  /** The number as a reader expects it, qualifier in place: "6万余", "近2万", "98.1". */
  public String amount() {
    String number = number(value, unit);
    if (qualifier == null) {
      return number;
    }
    if (before(qualifier)) {
      return qualifier + number;
    }
    return "以上".equals(qualifier) ? number : number + qualifier;
  }

  /** The unit with a trailing qualifier ("人以上"); empty when there is neither. */
  public String unitText() {
    return (unit == null ? "" : unit) + ("以上".equals(qualifier) ? "以上" : "");
  }

  /** The whole figure as one phrase: "6万余人次". */
  public String text() {
    return amount() + unitText();
  }

  /**
   * The number written with 万 or 亿 from ten thousand on, as Chinese texts write large figures
   * (60000 → 6万, 4098 stays); below that exactly as the editor wrote it.
   */
  static String number(String value, String unit) {
    BigDecimal v;
    try {
      v = new BigDecimal(value);
    } catch (NumberFormatException | NullPointerException e) {
      return value;
    }
    if ("%".equals(unit) || v.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
      return value;
    }
    boolean yi = v.abs().compareTo(BigDecimal.valueOf(100_000_000)) >= 0;
    BigDecimal scaled = v.movePointLeft(yi ? 8 : 4).stripTrailingZeros();
    return scaled.toPlainString() + (yi ? "亿" : "万");
  }
}

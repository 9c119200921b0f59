package org.redpress.render;

import java.util.List;

/**
 * A bar chart the theme draws as SVG at build time ({@code partials/charts.ftlh}): which kind it
 * is and its bars, each with its length as a share of the longest (0–1). The words around the
 * numbers (之前, 对比基数, …) are the theme's; the numbers are the record's.
 */
@Doc("A chart of a record's figures (kind share, change, baseline or series) with its bars.")
public record ChartView(
    @Doc("share: a percentage of 100; change: before (100) and after a relative change; baseline: the"
        + " figure against its baseline; series: the same figure over several periods.") String kind,
    @Doc("The figure the chart is about (its label and phrase), the first of a series.") RecordView.Metric metric,
    @Doc("The bars, in drawing order.") List<Bar> bars) {

  public ChartView {
    bars = List.copyOf(bars);
  }

  /** One bar: its own words (a period; null where the theme names it), value, and length. */
  @Doc("One bar of a chart.")
  public record Bar(
      @Doc("The period of a series bar; null for the other kinds, whose bars the theme names.") String period,
      @Doc("The number as shown (98.1, 79.5, 6万).") String value,
      @Doc("Its length as a share of the axis, 0 to 1.") double share) {}
}

package org.redpress.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.content.Metric;

/**
 * Which of a record's figures make a chart, and its bars. A percentage is a share of 100; a
 * relative change ({@code trend}) is drawn as before (100) and after; a figure with a baseline as
 * the two side by side; figures with the same label over several periods as a series. A lone
 * count has nothing to compare with and gets no chart.
 */
final class Charts {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Charts() {}

  static List<ChartView> of(List<Metric> metrics) {
    List<ChartView> out = new ArrayList<>();
    Map<String, List<Metric>> byLabel = new LinkedHashMap<>();
    metrics.forEach(m -> byLabel.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(m));
    for (List<Metric> same : byLabel.values()) {
      if (same.size() > 1 && same.stream().allMatch(m -> m.period() != null && number(m.value()) != null)) {
        out.add(series(same));
        continue;
      }
      for (Metric m : same) {
        chart(m).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<ChartView> chart(Metric m) {
    BigDecimal v = number(m.value());
    if (v == null || v.signum() < 0) {
      return Optional.empty();
    }
    RecordView.Metric view = RecordView.Metric.of(m);
    boolean percent = "%".equals(m.unit());
    if (m.trend() != null && percent && v.compareTo(HUNDRED) <= 0) {
      BigDecimal after = "down".equals(m.trend()) ? HUNDRED.subtract(v) : HUNDRED.add(v);
      BigDecimal max = after.max(HUNDRED);
      return Optional.of(new ChartView("change", view, List.of(
          new ChartView.Bar(null, "100", share(HUNDRED, max)),
          new ChartView.Bar(null, plain(after), share(after, max)))));
    }
    if (m.baseline() != null && number(m.baseline()) != null) {
      BigDecimal base = number(m.baseline());
      BigDecimal max = base.max(v);
      return Optional.of(new ChartView("baseline", view, List.of(
          new ChartView.Bar(null, m.baseline(), share(base, max)),
          new ChartView.Bar(null, view.amount(), share(v, max)))));
    }
    if (percent && m.trend() == null && v.compareTo(HUNDRED) <= 0) {
      return Optional.of(new ChartView("share", view, List.of(new ChartView.Bar(null, m.value(), share(v, HUNDRED)))));
    }
    return Optional.empty();
  }

  private static ChartView series(List<Metric> same) {
    BigDecimal max = same.stream().map(m -> number(m.value())).reduce(BigDecimal.ZERO, BigDecimal::max);
    List<ChartView.Bar> bars = same.stream()
        .map(m -> new ChartView.Bar(m.period(), RecordView.Metric.of(m).amount(), share(number(m.value()), max)))
        .toList();
    return new ChartView("series", RecordView.Metric.of(same.get(0)), bars);
  }

  private static double share(BigDecimal v, BigDecimal max) {
    return max.signum() == 0 ? 0 : Math.max(0, Math.min(1, v.doubleValue() / max.doubleValue()));
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal number(String s) {
    try {
      return s == null ? null : new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

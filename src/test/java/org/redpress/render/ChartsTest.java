package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.content.Metric;

class ChartsTest {

  @TempDir Path dir;

  private static Metric m(String label, String value, String unit, String period, String baseline, String trend) {
    return new Metric(label, value, null, unit, period, baseline, trend);
  }

  @Test
  void aPercentageIsAShareOfAHundredAndALoneCountHasNoChart() {
    List<ChartView> charts = Charts.of(List.of(m("满意率", "98.1", "%", null, null, null), m("支部", "21", "个", null, null, null)));
    assertThat(charts).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("share");
      assertThat(c.bars()).extracting(ChartView.Bar::share).containsExactly(0.981);
    });
  }

  @Test
  void aRelativeDeclineIsDrawnAsBeforeAndAfterAHundred() {
    ChartView c = Charts.of(List.of(m("信访量降幅", "20.5", "%", null, null, "down"))).get(0);
    assertThat(c.kind()).isEqualTo("change");
    assertThat(c.bars()).extracting(ChartView.Bar::value).containsExactly("100", "79.5");
    assertThat(c.bars()).extracting(ChartView.Bar::share).containsExactly(1.0, 0.795);
  }

  @Test
  void aRiseKeepsTheLongestBarWithinTheAxis() {
    ChartView c = Charts.of(List.of(m("参与率", "50", "%", null, null, "up"))).get(0);
    assertThat(c.bars()).extracting(ChartView.Bar::value).containsExactly("100", "150");
    assertThat(c.bars().get(1).share()).isEqualTo(1.0);
  }

  @Test
  void theSameFigureOverSeveralPeriodsIsASeriesInTheirOrder() {
    ChartView c = Charts.of(List.of(m("服务人次", "20000", "人次", "2017年", null, null),
        m("服务人次", "60000", "人次", "2018年", null, null))).get(0);
    assertThat(c.kind()).isEqualTo("series");
    assertThat(c.bars()).extracting(ChartView.Bar::period, ChartView.Bar::value)
        .containsExactly(tuple("2017年", "2万"), tuple("2018年", "6万"));
  }

  @Test
  void aFigureWithABaselineStandsBesideIt() {
    ChartView c = Charts.of(List.of(m("诉求件数", "360", "件", null, "300", null))).get(0);
    assertThat(c.kind()).isEqualTo("baseline");
    assertThat(c.bars()).extracting(ChartView.Bar::value).containsExactly("300", "360");
  }

  @Test
  void theAchievementPageDrawsAnAccessibleSvgWithTheNumbersInATable() {
    RenderedSite site = RenderedSite.of(dir, Fixtures.ALLIANCE + """
        -- content/achievements/down.yaml --
        title: 信访量下降20.5%
        date: 2018-12-20
        program: livelihood
        metrics:
          - {label: 信访量降幅, value: 20.5, unit: "%", trend: 下降}
        """);
    Document page = site.html("achievements/down/index.html");
    assertThat(page.select("figure.chart svg[role=img] title").text()).isEqualTo("信访量降幅");
    assertThat(page.select("figure.chart svg desc").text()).isEqualTo("变化之前 100；变化之后 79.5");
    assertThat(page.select("figure.chart svg rect.chart-bar").eachAttr("width")).containsExactly("250", "198.8");
    assertThat(page.select("figure.chart table td").eachText()).containsExactly("100", "79.5");
    assertThat(page.select("figure.chart .chart-note").text()).contains("下降20.5%");
    assertThat(page.select("figure.chart script, figure.chart [onload]")).isEmpty();
  }
}

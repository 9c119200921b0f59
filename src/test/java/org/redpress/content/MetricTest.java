package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricTest {

  private static Metric metric(String value, String qualifier, String unit) {
    return new Metric("标签", value, qualifier, unit, null, null, null);
  }

  @Test
  void keepsTheQualifierWhereChineseWritesIt() {
    assertThat(metric("60000", "余", "人次").text()).isEqualTo("6万余人次");
    assertThat(metric("20000", "近", "名").text()).isEqualTo("近2万名");
    assertThat(metric("80", "多", "户").text()).isEqualTo("80多户");
    assertThat(metric("30", "约", "个").text()).isEqualTo("约30个");
    assertThat(metric("100", "以上", "人").text()).isEqualTo("100人以上");
  }

  @Test
  void separatesTheNumberFromTheUnitForTheBigFigure() {
    Metric m = metric("100", "以上", "人");
    assertThat(m.amount()).isEqualTo("100");
    assertThat(m.unitText()).isEqualTo("人以上");
  }

  @Test
  void writesTenThousandAndMoreWithWanAndYi() {
    assertThat(Metric.number("60000", "人次")).isEqualTo("6万");
    assertThat(Metric.number("12500", "人")).isEqualTo("1.25万");
    assertThat(Metric.number("230000000", "元")).isEqualTo("2.3亿");
    assertThat(Metric.number("4098", "人次")).isEqualTo("4098");
    assertThat(Metric.number("98.1", "%")).isEqualTo("98.1");
  }

  @Test
  void leavesAnExactFigureAsWritten() {
    assertThat(metric("20.5", null, "%").text()).isEqualTo("20.5%");
    assertThat(metric("4098", null, null).text()).isEqualTo("4098");
  }
}

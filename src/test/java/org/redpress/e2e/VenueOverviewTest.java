package org.redpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

/**
 * The venues list's overview drawing on the venues fixture, whose test coordinates are written in
 * three datums around one resident: 近处馆 400 m north (BD-09), 中间学习点 700 m east (WGS-84),
 * 远处馆 2.5 km south (GCJ-02). Once converted and projected, the drawing must keep those bearings
 * and, through its scale bar, those distances.
 */
class VenueOverviewTest {

  private static final Path FIXTURE = Path.of("src/test/resources/sites/venues").toAbsolutePath();
  private static Document venues;
  private static Document minimal;

  @BeforeAll
  static void build(@TempDir Path out) {
    venues = page(FIXTURE, out.resolve("venues"));
    minimal = page(Path.of("src/test/resources/sites/minimal").toAbsolutePath(), out.resolve("minimal"));
  }

  private static Document page(Path project, Path out) {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new Pipeline(new PipelineOptions(project, project.resolve("content"),
        Path.of("templates").toAbsolutePath(), out, false, false, null, LocalDate.of(2026, 12, 7), false))
        .build(diagnostics);
    assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
    OutputFile list = result.files().stream().filter(f -> f.path().equals("venues/index.html")).findFirst().orElseThrow();
    return Jsoup.parse(new String(list.bytes(), StandardCharsets.UTF_8));
  }

  private static double[] at(Document d, String title) {
    List<String> names = d.select(".venue-map-list a").eachText();
    int i = names.indexOf(title);
    assertThat(i).as(title).isNotNegative();
    Element dot = d.select(".venue-map-dot").get(i);
    return new double[] {Double.parseDouble(dot.attr("cx")), Double.parseDouble(dot.attr("cy"))};
  }

  /** Metres per SVG unit, read off the scale bar ("1 公里" over its drawn length). */
  private static double metresPerUnit(Document d) {
    String bar = d.selectFirst(".venue-map-scale").attr("d");
    double length = Double.parseDouble(bar.replaceAll(".* h ([0-9.]+) .*", "$1"));
    String text = d.selectFirst(".venue-map-scale-text").text();
    double metres = text.endsWith("公里") ? Double.parseDouble(text.replace(" 公里", "")) * 1000
        : Double.parseDouble(text.replace(" 米", ""));
    return metres / length;
  }

  @Test
  void theDrawingKeepsTheBearingsAndDistancesOfCoordinatesWrittenInThreeDatums() {
    double[] near = at(venues, "近处馆");
    double[] east = at(venues, "中间学习点");
    double[] far = at(venues, "远处馆");
    double m = metresPerUnit(venues);
    // North is up: the far venue lies south of the near one, on nearly the same meridian.
    assertThat(far[1]).isGreaterThan(near[1]);
    assertThat((far[1] - near[1]) * m).isCloseTo(2900, within(150.0));
    assertThat(Math.abs(far[0] - near[0]) * m).isLessThan(100);
    // 中间学习点 is 700 m east of the resident, whom 近处馆 stands 400 m north of.
    assertThat((east[0] - near[0]) * m).isCloseTo(700, within(60.0));
    assertThat((east[1] - near[1]) * m).isCloseTo(400, within(60.0));
  }

  @Test
  void onlyLocatedVenuesAreDrawnNumberedInTheOrderTheListShowsThem() {
    assertThat(venues.select(".venue-map-list a").eachText()).containsExactly("远处馆", "近处馆", "中间学习点");
    assertThat(venues.select(".venue-map-number").eachText()).containsExactly("1", "2", "3");
    assertThat(venues.select(".venue-map-list li").eachAttr("value")).containsExactly("1", "2", "3");
    // The drawing is decorative; the list carries the links.
    assertThat(venues.selectFirst(".venue-map-drawing").attr("aria-hidden")).isEqualTo("true");
    assertThat(venues.select(".venue-map-drawing a")).isEmpty();
    assertThat(venues.select(".venue-map-drawing circle")).allSatisfy(c -> {
      double x = Double.parseDouble(c.attr("cx"));
      assertThat(x).isBetween(13.0, 340 - 13.0);
    });
  }

  @Test
  void aSiteWithoutTwoLocatedVenuesHasNoDrawing() {
    assertThat(minimal.select(".venue-map")).isEmpty();
  }
}

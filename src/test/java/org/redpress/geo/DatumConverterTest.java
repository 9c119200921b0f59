package org.redpress.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formulas against published reference points: the coordtransform README's four values for
 * (116.404, 39.915) and eviltransform's Go/Python WGS→GCJ vectors, plus the research file's
 * table (three implementations agreeing to 1e-10°).
 */
class DatumConverterTest {

  /** The reference points: WGS-84, GCJ-02 and BD-09 (lng, lat) of one place, shared with the JS test. */
  static Stream<Arguments> referencePoints() {
    return ReferencePoints.ALL.stream().map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("referencePoints")
  void convertsWgsToGcjAndGcjToBdAsPublished(ReferencePoints.Point p) {
    GeoPoint gcj = new GeoPoint(p.wgsLat(), p.wgsLng(), Datum.WGS84).in(Datum.GCJ02);
    assertThat(gcj.lat()).isCloseTo(p.gcjLat(), within(1e-8));
    assertThat(gcj.lng()).isCloseTo(p.gcjLng(), within(1e-8));
    GeoPoint bd = new GeoPoint(p.gcjLat(), p.gcjLng(), Datum.GCJ02).in(Datum.BD09);
    assertThat(bd.lat()).isCloseTo(p.bdLat(), within(1e-8));
    assertThat(bd.lng()).isCloseTo(p.bdLng(), within(1e-8));
  }

  @ParameterizedTest
  @MethodSource("referencePoints")
  void comesBackToWgsFromGcjAndBdWithinACentimetre(ReferencePoints.Point p) {
    GeoPoint fromGcj = new GeoPoint(p.gcjLat(), p.gcjLng(), Datum.GCJ02).in(Datum.WGS84);
    GeoPoint fromBd = new GeoPoint(p.bdLat(), p.bdLng(), Datum.BD09).in(Datum.WGS84);
    GeoPoint wgs = new GeoPoint(p.wgsLat(), p.wgsLng(), Datum.WGS84);
    assertThat(Distances.metres(fromGcj, wgs)).isLessThan(0.01);
    // BD-09 to GCJ-02 is closed form, not exact: the research measured 0.02–0.15 m.
    assertThat(Distances.metres(fromBd, wgs)).isLessThan(0.5);
  }

  @Test
  void reproducesTheCoordtransformReadmeForOneInputThroughEachFunction() {
    // Each function applied to the same input (116.404, 39.915), as the README lists them.
    assertThat(DatumConverter.wgsToGcj(39.915, 116.404))
        .satisfies(g -> assertClose(g, 39.91640428150164, 116.41024449916938));
    assertThat(DatumConverter.gcjToBd(39.915, 116.404))
        .satisfies(g -> assertClose(g, 39.92133699351021, 116.41036949371029));
    assertThat(DatumConverter.bdToGcj(39.915, 116.404))
        .satisfies(g -> assertClose(g, 39.90865673957631, 116.39762729119315));
    // The README's gcj02towgs84 is the one-step approximation; the iteration lands within 2 m of it.
    GeoPoint iterated = DatumConverter.gcjToWgs(39.915, 116.404);
    assertThat(Distances.metres(iterated, new GeoPoint(39.91359571849836, 116.39775550083061, Datum.WGS84)))
        .isLessThan(2.0);
  }

  @Test
  void keepsAPointInItsOwnDatumUnchanged() {
    GeoPoint p = new GeoPoint(32.5, 120.4, Datum.BD09);
    assertThat(p.in(Datum.BD09)).isSameAs(p);
  }

  @Test
  void measuresAKilometreOfLatitudeAsAboutOneNinetiethOfADegree() {
    GeoPoint a = new GeoPoint(32.0, 120.0, Datum.WGS84);
    GeoPoint b = new GeoPoint(32.0 + 1.0 / 111.195, 120.0, Datum.WGS84);
    assertThat(Distances.metres(a, b)).isCloseTo(1000.0, within(1.0));
  }

  @Test
  void boundsHoldChinaAndRefuseSwappedCoordinates() {
    assertThat(ChinaBounds.contains(32.5, 120.4)).isTrue();
    assertThat(ChinaBounds.contains(120.4, 32.5)).isFalse();
    assertThat(ChinaBounds.contains(48.85, 2.35)).isFalse();
  }

  private static void assertClose(GeoPoint g, double lat, double lng) {
    assertThat(g.lat()).isCloseTo(lat, within(1e-9));
    assertThat(g.lng()).isCloseTo(lng, within(1e-9));
  }
}

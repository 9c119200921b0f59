package org.redpress.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The theme's {@code nearby.js} in GraalJS (ECMAScript 2017, no host access, no DOM): its datum
 * formulas give the published reference points and agree with {@link DatumConverter}, its
 * distances with {@link Distances}, and 现在开放 reads hours in Asia/Shanghai time.
 */
class NearbyScriptTest {

  private static final Path SCRIPT = Path.of("templates/assets/nearby.js");
  private static Context context;
  private static Value nearby;

  @BeforeAll
  static void load() throws IOException {
    context = Context.newBuilder("js").allowAllAccess(false).option("js.ecmascript-version", "2017")
        .option("engine.WarnInterpreterOnly", "false").build();
    context.eval("js", Files.readString(SCRIPT, StandardCharsets.UTF_8));
    nearby = context.getBindings("js").getMember("RedpressNearby");
  }

  @AfterAll
  static void close() {
    context.close();
  }

  static Stream<Arguments> referencePoints() {
    return ReferencePoints.ALL.stream().map(Arguments::of);
  }

  private static double[] call(String fn, double lat, double lng) {
    Value r = nearby.getMember(fn).execute(lat, lng);
    return new double[] {r.getArrayElement(0).asDouble(), r.getArrayElement(1).asDouble()};
  }

  @ParameterizedTest
  @MethodSource("referencePoints")
  void convertsAsPublished(ReferencePoints.Point p) {
    double[] gcj = call("wgsToGcj", p.wgsLat(), p.wgsLng());
    assertThat(gcj[0]).isCloseTo(p.gcjLat(), within(1e-8));
    assertThat(gcj[1]).isCloseTo(p.gcjLng(), within(1e-8));
    double[] bd = call("gcjToBd", p.gcjLat(), p.gcjLng());
    assertThat(bd[0]).isCloseTo(p.bdLat(), within(1e-8));
    assertThat(bd[1]).isCloseTo(p.bdLng(), within(1e-8));
    Value wgs = nearby.getMember("toWgs").execute(p.bdLat(), p.bdLng(), "bd09");
    assertThat(Distances.metres(new GeoPoint(wgs.getArrayElement(0).asDouble(), wgs.getArrayElement(1).asDouble(),
        Datum.WGS84), new GeoPoint(p.wgsLat(), p.wgsLng(), Datum.WGS84))).isLessThan(0.5);
  }

  @Test
  void agreesWithTheJavaConverterAndDistancesAcrossChina() {
    Random random = new Random(20261207);
    for (int i = 0; i < 500; i++) {
      double lat = ChinaBounds.MIN_LAT + random.nextDouble() * (ChinaBounds.MAX_LAT - ChinaBounds.MIN_LAT);
      double lng = ChinaBounds.MIN_LNG + random.nextDouble() * (ChinaBounds.MAX_LNG - ChinaBounds.MIN_LNG);
      for (Datum datum : Datum.values()) {
        GeoPoint java = new GeoPoint(lat, lng, datum).in(Datum.WGS84);
        Value js = nearby.getMember("toWgs").execute(lat, lng, datum.key());
        assertThat(js.getArrayElement(0).asDouble()).isCloseTo(java.lat(), within(1e-12));
        assertThat(js.getArrayElement(1).asDouble()).isCloseTo(java.lng(), within(1e-12));
      }
      GeoPoint a = new GeoPoint(lat, lng, Datum.WGS84);
      GeoPoint b = new GeoPoint(lat + random.nextDouble() / 50, lng + random.nextDouble() / 50, Datum.WGS84);
      assertThat(nearby.getMember("metres").execute(a.lat(), a.lng(), b.lat(), b.lng()).asDouble())
          .isCloseTo(Distances.metres(a, b), within(1e-6));
    }
  }

  @Test
  void saysDistanceAndWalkingTimeAsResidentsReadThem() {
    Value msgs = context.eval("js", "({distance: '约 {0} 米 · 步行约 {1} 分钟', distanceKm: '约 {0} 公里 · 步行约 {1} 分钟'})");
    assertThat(nearby.getMember("distanceText").execute(612.0, msgs).asString()).isEqualTo("约 600 米 · 步行约 9 分钟");
    assertThat(nearby.getMember("distanceText").execute(10.0, msgs).asString()).isEqualTo("约 50 米 · 步行约 1 分钟");
    assertThat(nearby.getMember("distanceText").execute(1460.0, msgs).asString()).isEqualTo("约 1.5 公里 · 步行约 20 分钟");
  }

  private static Object open(String hours, ZonedDateTime at) {
    Value json = context.eval("js", "(" + hours + ")");
    Value r = nearby.getMember("isOpen").execute(json, at.toInstant().toEpochMilli());
    return r.isNull() ? null : r.asBoolean();
  }

  @Test
  void decidesOpenNowInShanghaiTimeWithExceptionsFirst() {
    String hours = "{\"w\":{\"1\":[[540,690],[840,1020]],\"6\":[]},\"x\":{\"2026-12-14\":[]},\"a\":false}";
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    // Monday 2026-12-07
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, shanghai))).isEqualTo(true);
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 7, 11, 30, 0, 0, shanghai))).isEqualTo(false);
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 7, 16, 59, 0, 0, shanghai))).isEqualTo(true);
    // 09:30 in Shanghai is 01:30 UTC the same day, and 00:30 Shanghai Monday is still Sunday in UTC.
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 7, 1, 30, 0, 0, ZoneId.of("UTC")))).isEqualTo(true);
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 6, 16, 30, 0, 0, ZoneId.of("UTC")))).isEqualTo(false);
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 12, 10, 0, 0, 0, shanghai))).isEqualTo(false);
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 13, 10, 0, 0, 0, shanghai))).isNull();
    // The exception closes the next Monday.
    assertThat(open(hours, ZonedDateTime.of(2026, 12, 14, 10, 0, 0, 0, shanghai))).isEqualTo(false);
  }
}

package org.redpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redpress.content.Record;
import org.redpress.geo.Datum;
import org.redpress.geo.GeoPoint;

/**
 * A drawing of where the venues with coordinates lie relative to each other: WGS-84 positions
 * projected onto a plane (metres east and north of the group's south-west corner; at a town's
 * scale the earth is flat enough), numbered in list order, with a scale bar. Numbers, not names,
 * sit on the drawing so that nothing overlaps at phone width; the list under it names them.
 */
final class VenueOverview {

  /** The drawing's width in SVG units; it is scaled to the column, 390 px phones included. */
  static final int WIDTH = 340;
  /** Room left and right of the outermost points for their markers. */
  static final int PAD = 22;
  /** Room above the northernmost point: the north mark sits there, clear of any marker. */
  static final int TOP = 40;
  /** Room below the southernmost point: the scale bar sits there. */
  static final int BOTTOM = 48;
  /** The drawing is at most this tall, so a north-south spread does not push the list off the screen. */
  static final int MAX_HEIGHT = 340;
  /** With fewer located venues a drawing says nothing a sentence would not. */
  static final int MIN_VENUES = 2;
  /** Metres per degree of latitude, and of longitude at the equator (WGS-84, mean). */
  private static final double METRES_PER_DEGREE = 111_320.0;
  private static final int[] SCALES = {20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000};

  private VenueOverview() {}

  /** The overview of {@code venues} (in list order); null when fewer than two have distinct coordinates. */
  static ListView.VenueMap of(List<Record.Venue> venues, ViewFactory views) {
    List<Record.Venue> located = venues.stream().filter(v -> v.location() != null).toList();
    if (located.size() < MIN_VENUES) {
      return null;
    }
    List<GeoPoint> wgs = located.stream().map(v -> v.location().point().in(Datum.WGS84)).toList();
    double minLat = wgs.stream().mapToDouble(GeoPoint::lat).min().orElseThrow();
    double maxLat = wgs.stream().mapToDouble(GeoPoint::lat).max().orElseThrow();
    double minLng = wgs.stream().mapToDouble(GeoPoint::lng).min().orElseThrow();
    double maxLng = wgs.stream().mapToDouble(GeoPoint::lng).max().orElseThrow();
    double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = (maxLng - minLng) * METRES_PER_DEGREE * cos;
    double spanY = (maxLat - minLat) * METRES_PER_DEGREE;
    if (spanX < 1 && spanY < 1) {
      return null;
    }
    double inner = WIDTH - 2.0 * PAD;
    double scale = Math.min(inner / Math.max(spanX, 1), (MAX_HEIGHT - TOP - BOTTOM) / Math.max(spanY, 1));
    int height = (int) Math.ceil(spanY * scale + TOP + BOTTOM);
    double offsetX = (WIDTH - spanX * scale) / 2;
    double offsetY = TOP;
    List<ListView.MapPoint> points = new ArrayList<>();
    for (int i = 0; i < located.size(); i++) {
      GeoPoint p = wgs.get(i);
      double x = offsetX + (p.lng() - minLng) * METRES_PER_DEGREE * cos * scale;
      double y = offsetY + (maxLat - p.lat()) * METRES_PER_DEGREE * scale;
      Record.Venue v = located.get(i);
      points.add(new ListView.MapPoint(i + 1, num(x), num(y), views.card(v),
          views.model().config().venueType(v.venueType()).map(t -> t.name()).orElse(v.venueType())));
    }
    int metres = SCALES[0];
    for (int s : SCALES) {
      if (s * scale <= WIDTH / 3.0) {
        metres = s;
      }
    }
    String scaleText = metres >= 1000 ? views.text("venueMap.km", metres / 1000) : views.text("venueMap.m", metres);
    return new ListView.VenueMap(WIDTH, height, points, num(metres * scale), scaleText);
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}

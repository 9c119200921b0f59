package org.redpress.geo;

/** Great-circle distances and the walking time residents read ("约 600 米 · 步行约 8 分钟"). */
public final class Distances {

  private static final double EARTH_RADIUS_M = 6371008.8;
  /** 75 m a minute: an unhurried walk (4.5 km/h), the pace the site promises elderly residents. */
  public static final double WALK_METRES_PER_MINUTE = 75.0;

  private Distances() {}

  /** Metres between two points (both taken to WGS-84 first). */
  public static double metres(GeoPoint a, GeoPoint b) {
    GeoPoint p = a.in(Datum.WGS84);
    GeoPoint q = b.in(Datum.WGS84);
    double dLat = Math.toRadians(q.lat() - p.lat());
    double dLng = Math.toRadians(q.lng() - p.lng());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(p.lat())) * Math.cos(Math.toRadians(q.lat()))
        * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}

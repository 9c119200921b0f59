package org.redpress.geo;

/**
 * The public GCJ-02 and BD-09 formulas (as in wandergis/coordtransform and PRCoords): WGS-84 to
 * GCJ-02 forward, GCJ-02 to WGS-84 by iteration (sub-centimetre), BD-09 to and from GCJ-02 in
 * closed form. No "outside China" shortcut: callers check {@link ChinaBounds} first.
 */
public final class DatumConverter {

  private static final double A = 6378245.0;
  private static final double EE = 0.00669342162296594323;
  private static final double X_PI = Math.PI * 3000.0 / 180.0;

  private DatumConverter() {}

  /** {@code p} expressed in {@code target}. */
  public static GeoPoint convert(GeoPoint p, Datum target) {
    if (p.datum() == target) {
      return p;
    }
    GeoPoint gcj = switch (p.datum()) {
      case GCJ02 -> p;
      case WGS84 -> wgsToGcj(p.lat(), p.lng());
      case BD09 -> bdToGcj(p.lat(), p.lng());
    };
    return switch (target) {
      case GCJ02 -> gcj;
      case WGS84 -> gcjToWgs(gcj.lat(), gcj.lng());
      case BD09 -> gcjToBd(gcj.lat(), gcj.lng());
    };
  }

  static GeoPoint wgsToGcj(double lat, double lng) {
    double dLat = transformLat(lng - 105.0, lat - 35.0);
    double dLng = transformLng(lng - 105.0, lat - 35.0);
    double rad = lat / 180.0 * Math.PI;
    double magic = 1 - EE * Math.sin(rad) * Math.sin(rad);
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(rad) * Math.PI);
    return new GeoPoint(lat + dLat, lng + dLng, Datum.GCJ02);
  }

  /** Iterates w ← w − (f(w) − gcj) until the step is below 1e-10°, at most 30 times. */
  static GeoPoint gcjToWgs(double lat, double lng) {
    double wLat = lat;
    double wLng = lng;
    for (int i = 0; i < 30; i++) {
      GeoPoint f = wgsToGcj(wLat, wLng);
      double stepLat = f.lat() - lat;
      double stepLng = f.lng() - lng;
      wLat -= stepLat;
      wLng -= stepLng;
      if (Math.abs(stepLat) < 1e-10 && Math.abs(stepLng) < 1e-10) {
        break;
      }
    }
    return new GeoPoint(wLat, wLng, Datum.WGS84);
  }

  static GeoPoint gcjToBd(double lat, double lng) {
    double z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
    double theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
    return new GeoPoint(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065, Datum.BD09);
  }

  static GeoPoint bdToGcj(double lat, double lng) {
    double x = lng - 0.0065;
    double y = lat - 0.006;
    double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
    return new GeoPoint(z * Math.sin(theta), z * Math.cos(theta), Datum.GCJ02);
  }

  private static double transformLat(double x, double y) {
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }

  private static double transformLng(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }
}

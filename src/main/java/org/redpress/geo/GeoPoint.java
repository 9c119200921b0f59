package org.redpress.geo;

/** A latitude and longitude in degrees, in the given datum. */
public record GeoPoint(double lat, double lng, Datum datum) {

  /** This point in {@code target}'s datum. */
  public GeoPoint in(Datum target) {
    return DatumConverter.convert(this, target);
  }
}

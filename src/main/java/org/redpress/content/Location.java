package org.redpress.content;

import org.redpress.geo.Datum;
import org.redpress.geo.GeoPoint;

/** A coordinate as the editor wrote it, with the datum it is in (most pasted coordinates are GCJ-02). */
public record Location(double lat, double lng, Datum datum) {

  /** The same place as a point that converts between datums. */
  public GeoPoint point() {
    return new GeoPoint(lat, lng, datum);
  }
}

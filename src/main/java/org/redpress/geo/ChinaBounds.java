package org.redpress.geo;

/**
 * The crude rectangle around China that coordtransform uses (lng 73.66–135.05, lat 3.86–53.55):
 * it catches swapped latitude/longitude and coordinates from elsewhere, not border cases.
 */
public final class ChinaBounds {

  public static final double MIN_LAT = 3.86;
  public static final double MAX_LAT = 53.55;
  public static final double MIN_LNG = 73.66;
  public static final double MAX_LNG = 135.05;

  private ChinaBounds() {}

  /** Whether the point lies inside the rectangle. */
  public static boolean contains(double lat, double lng) {
    return lat >= MIN_LAT && lat <= MAX_LAT && lng >= MIN_LNG && lng <= MAX_LNG;
  }
}

package org.redpress.geo;

import java.util.List;

/**
 * Published reference points (shared/research/maps-sharing-readaloud.md §4): computed with
 * wandergis/coordtransform, PRCoords and a Java port, agreeing to 1e-10°; the Shanghai, Shenzhen
 * and Beijing WGS→GCJ values are also eviltransform's Go/Python test vectors.
 */
final class ReferencePoints {

  /** One place in the three datums. */
  record Point(String name, double wgsLng, double wgsLat, double gcjLng, double gcjLat, double bdLng, double bdLat) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Point> ALL = List.of(
      new Point("coordtransform README", 116.404, 39.915, 116.4102444992, 39.9164042815, 116.4166272438, 39.9226995522),
      new Point("Shanghai", 121.5272106, 31.1774276, 121.5315418592, 31.1753039836, 121.5380156864, 31.1813286069),
      new Point("Shenzhen", 113.912316, 22.543847, 113.9171764808, 22.5407961317, 113.9236847293, 22.5466674378),
      new Point("Beijing", 116.377817, 39.911954, 116.3840472246, 39.9133454554, 116.3904547131, 39.9195755510),
      new Point("Tiananmen", 116.397451, 39.909187, 116.4036946251, 39.9105905096, 116.4100671648, 39.9169297912));

  private ReferencePoints() {}
}

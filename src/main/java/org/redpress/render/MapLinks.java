package org.redpress.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.redpress.geo.Datum;
import org.redpress.geo.GeoPoint;

/**
 * The "导航" links of a venue: the public web URIs of 高德, 百度 and 腾讯 maps, each given the
 * coordinate in the datum it expects (高德 and 腾讯 GCJ-02, 百度 BD-09), so no app shifts the
 * point. Plain https links: they open in WeChat's browser, where app schemes are blocked.
 */
final class MapLinks {

  private MapLinks() {}

  /** The links for a place called {@code name} at {@code point}; {@code address} may be null. */
  static List<RecordView.NavLink> of(GeoPoint point, String name, String address) {
    GeoPoint gcj = point.in(Datum.GCJ02);
    GeoPoint bd = point.in(Datum.BD09);
    String n = encode(name);
    String a = encode(address == null ? name : address);
    return List.of(
        new RecordView.NavLink("amap", "https://uri.amap.com/navigation?to=" + deg(gcj.lng()) + "," + deg(gcj.lat())
            + "," + n + "&mode=walk&src=redpress&coordinate=gaode&callnative=0"),
        new RecordView.NavLink("baidu", "https://api.map.baidu.com/marker?location=" + deg(bd.lat()) + ","
            + deg(bd.lng()) + "&title=" + n + "&content=" + a + "&output=html&src=webapp.redpress.venues"
            + "&coord_type=bd09ll"),
        new RecordView.NavLink("tencent", "https://apis.map.qq.com/uri/v1/marker?marker=coord:" + deg(gcj.lat())
            + "," + deg(gcj.lng()) + ";title:" + n + ";addr:" + a + "&coord_type=2&referer=redpress"));
  }

  /** Six decimals: about 0.1 m, finer than any datum formula is accurate. */
  static String deg(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  private static String encode(String text) {
    // Tencent's marker syntax uses ; and : as separators, so they must be escaped too (URLEncoder does).
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

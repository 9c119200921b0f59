package org.redpress.geo;

import java.util.Locale;
import java.util.Optional;

/** The coordinate systems Chinese coordinates come in; map apps and pasted coordinates are mostly GCJ-02. */
public enum Datum {
  WGS84,
  GCJ02,
  BD09;

  /** The key records write: wgs84, gcj02 or bd09. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The datum of a record's key, if it is one. */
  public static Optional<Datum> ofKey(String key) {
    for (Datum d : values()) {
      if (d.key().equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}

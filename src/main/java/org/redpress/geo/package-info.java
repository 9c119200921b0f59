/**
 * Geography: the Chinese map datums (WGS-84, GCJ-02, BD-09) and the well-known formulas that
 * convert between them, China's bounding box and great-circle distances. The browser's copy of
 * the same formulas is {@code templates/assets/nearby.js}; both are tested against the same
 * published reference points.
 *
 * <p>May import: no other redpress package.
 */
package org.redpress.geo;

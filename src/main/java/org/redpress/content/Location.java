package org.redpress.content;

/** A WGS-84 coordinate. */
public record Location(double lat, double lng) {}

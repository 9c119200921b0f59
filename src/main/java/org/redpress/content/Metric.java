package org.redpress.content;

/** A figure with its label, value exactly as written, unit, period and optional baseline. */
public record Metric(String label, String value, String unit, String period, String baseline) {}

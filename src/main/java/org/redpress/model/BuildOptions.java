package org.redpress.model;

import java.time.LocalDate;

/** What to publish: drafts and future-dated records are left out unless asked for. */
public record BuildOptions(boolean drafts, boolean future, LocalDate today) {}

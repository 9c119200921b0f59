package org.redpress.build;

import java.time.Duration;

/** How long one stage took. */
public record StageTiming(String stage, Duration took) {}

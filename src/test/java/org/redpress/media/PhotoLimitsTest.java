package org.redpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhotoLimitsTest {

  private static final long MIB = 1024L * 1024;

  @Test
  void theHeapBoundsHowManyPhotosAreProcessedAtOnce() {
    PhotoLimits limits = PhotoLimits.DEFAULT;
    long one = limits.worstCaseBytes();
    assertThat(one).as("64 MP decoded and copied, and 25 MiB read").isEqualTo(64_000_000L * 7 + 25 * MIB);
    assertThat(limits.concurrency(2, 6144 * MIB)).as("2 cores, a 6 GiB heap").isEqualTo(2);
    assertThat(limits.concurrency(32, 6144 * MIB)).as("32 cores, the same heap").isEqualTo((int) (6144 * MIB / 2 / one));
    assertThat(limits.concurrency(8, 256 * MIB)).as("a small heap still processes one").isEqualTo(1);
  }
}

package org.redpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuildDateTest {

  @Test
  void prefersTodayThenSourceDateEpochReadInShanghai() {
    assertThat(BuildDate.of("2026-12-07", "0")).contains(LocalDate.of(2026, 12, 7));
    // 2026-12-06T16:30Z is already 2026-12-07 in Shanghai.
    assertThat(BuildDate.of(null, "1796574600")).contains(LocalDate.of(2026, 12, 7));
  }

  @Test
  void refusesADateOrEpochWrittenWrong() {
    assertThat(BuildDate.of("2026/12/07", null)).isEmpty();
    assertThat(BuildDate.of(null, "yesterday")).isEmpty();
  }
}

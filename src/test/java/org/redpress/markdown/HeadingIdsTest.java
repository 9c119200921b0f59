package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

  @Test
  void skipsSuffixesAlreadyTakenByOtherHeadingsAndFootnotes() {
    HeadingIds ids = new HeadingIds();
    ids.reserve("a-2");

    assertThat(List.of(ids.unique("a"), ids.unique("a"), ids.unique("a"), ids.unique("a-1"), ids.unique("a")))
        .containsExactly("a", "a-1", "a-3", "a-1-1", "a-4");
    assertThat(ids.unique("fn")).isEqualTo("fn");
    assertThat(ids.unique("fn-1")).as("flexmark's footnote ids stay free").isEqualTo("fn-1-1");
  }

  @Test
  void claimsTwoHundredThousandEqualIdsInLinearTime() {
    // Probing from "-1" each time would make 2·10¹⁰ lookups: many minutes, not milliseconds.
    List<String> claimed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      HeadingIds ids = new HeadingIds();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < 200_000; i++) {
        out.add(ids.unique("同名"));
      }
      return out;
    });

    assertThat(new HashSet<>(claimed)).hasSize(200_000);
    assertThat(claimed.get(199_999)).isEqualTo("同名-199999");
  }
}

package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Messages;

class SearchCacheTest {

  private final SearchCache cache = new SearchCache();

  @Test
  void forgetsEverythingWhenANewBuildIsServed() {
    cache.put(1, "q", "{}");
    assertThat(cache.get(1, "q")).hasValue("{}");
    cache.put(2, "other", "{}");
    assertThat(cache.get(1, "q")).isEmpty();
    assertThat(cache.get(2, "q")).isEmpty();
  }

  @Test
  void dropsTheLeastRecentlyUsedAnswerWhenFull() {
    for (int i = 0; i < SearchCache.CAPACITY; i++) {
      cache.put(1, "q" + i, "{}");
    }
    cache.get(1, "q0");
    cache.put(1, "new", "{}");
    assertThat(cache.get(1, "q0")).isPresent();
    assertThat(cache.get(1, "q1")).isEmpty();
  }

  @Test
  void spellingsOfTheSameSearchShareOneKey() {
    Messages m = Messages.forLanguage("zh");
    String a = SearchParams.parse(Map.of("q", List.of(" 党建 "), "type", List.of("practice,material")), m)
        .params().orElseThrow().key();
    String b = SearchParams.parse(Map.of("q", List.of("党建"), "type", List.of("material", "practice"),
        "page", List.of("1"), "limit", List.of("10")), m).params().orElseThrow().key();
    assertThat(a).isEqualTo(b);
  }
}

package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Messages;
import org.redpress.model.SiteModel;
import org.redpress.search.SearchIndex;
import org.redpress.search.SyntheticCorpus;

class SearchJsonTest {

  private final Messages messages = Messages.forLanguage("zh");

  @Test
  void aPageCutFromTheRankingOfAnEarlierPageIsByteIdenticalToOneComputedAfresh() {
    SiteModel model = SyntheticCorpus.site(600, 9);
    try (SearchIndex warm = SearchIndex.build(model); SearchIndex fresh = SearchIndex.build(model)) {
      for (String q : List.of("党", "志愿服务", "党建 xyzzy 志愿")) {
        json(warm, Map.of("q", List.of(q), "page", List.of("1")));
        Map<String, List<String>> second = Map.of("q", List.of(q), "page", List.of("2"), "type", List.of("practice,material"));
        json(warm, Map.of("q", List.of(q), "type", List.of("material,practice")));
        Map<String, List<String>> third = Map.of("q", List.of(q), "page", List.of("3"));
        assertThat(json(warm, second)).isEqualTo(json(fresh, second)).contains("\"page\":2");
        assertThat(json(warm, third)).isEqualTo(json(fresh, third)).contains("\"score\":");
      }
    }
  }

  private String json(SearchIndex index, Map<String, List<String>> raw) {
    SearchParams p = SearchParams.parse(raw, messages).params().orElseThrow();
    return SearchJson.of(index.search(p.query()), p.page(), p.limit());
  }
}

package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a hit shows in the browser (link, title, type, date, snippet and marks) is what the Java API returns. */
class SnippetParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Corpus fixture;

  @BeforeAll
  static void build() {
    fixture = new Corpus(Sites.fixture());
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void theClientShowsTheSameMetadataSnippetsAndHighlightsAsTheJavaApi() throws Exception {
    List<String> queries = new ArrayList<>(SearchParityTest.DOMAIN);
    queries.addAll(List.of("服务 1", "开发区", "Ｓｅｒｖｉｃｅ", "立发桥村党支部", "红色"));
    for (String q : queries) {
      SearchResults java = fixture.index.search(SearchQuery.of(q).page(0, 3));
      JsonNode js = JSON.readTree(fixture.js.await("__engine.search(" + JSON.writeValueAsString(q) + ", {})"
          + ".then(function (r) { return Promise.all(r.hits.slice(0, 3).map(function (h) {"
          + "  return Promise.all([__engine.meta(h.doc), __engine.text(h.doc)]).then(function (mt) {"
          + "    return { meta: mt[0], title: RedpressSearch.marks(mt[0].title, r.tokens),"
          + "      snippet: RedpressSearch.snippet(mt[1], r.tokens) }; }); })); })",
          "function (x) { return x; }"));
      assertThat(js.size()).as("hits of %s", q).isEqualTo(java.hits().size());
      for (int i = 0; i < js.size(); i++) {
        SearchHit h = java.hits().get(i);
        JsonNode c = js.get(i);
        assertThat(fixture.index.basePath() + c.at("/meta/path").asText()).isEqualTo(h.url());
        assertThat(c.at("/meta/title").asText()).isEqualTo(h.title());
        assertThat(c.at("/meta/type").asText()).isEqualTo(h.type());
        assertThat(c.at("/meta/date").asText()).isEqualTo(h.date() == null ? "" : h.date().toString());
        assertThat(c.at("/snippet/text").asText()).as("snippet of %s for %s", h.url(), q).isEqualTo(h.snippet().text());
        assertThat(spans(c.at("/snippet/marks"))).as("marks for %s", q).isEqualTo(spans(h.snippet()));
        assertThat(spans(c.at("/title/marks"))).isEqualTo(spans(h.titleMarks()));
      }
    }
  }

  private static List<String> spans(JsonNode marks) {
    List<String> out = new ArrayList<>();
    marks.forEach(m -> out.add(m.get(0).asInt() + "-" + m.get(1).asInt()));
    return out;
  }

  private static List<String> spans(SearchHit.Highlighted h) {
    return h.marks().stream().map(s -> s.start() + "-" + s.end()).toList();
  }
}

package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped engine, run in GraalJS over the exported static index, returns exactly what Lucene
 * returns: the same hits in the same order with bit-identical float scores, the same totals,
 * partial flags and facet counts, on the real content and on a synthetic corpus.
 */
class SearchParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> DOMAIN = List.of(
      "党建", "三会一课", "志愿服务", "书记项目", "满意率", "2018年", "580志愿", "1+1>2", "ＡＢＣ１２３",
      "党", "红色 阵地", "党建引领 基层治理", "志愿服务 满意率 党建 书记项目 三会一课", "App", "xyz 党建",
      "海安开发区红色党建教育联盟", "习近平新时代中国特色社会主义思想", "５８０", "！！！", "😀", "2018", "98.1%",
      "党员 群众 服务 满意", "不存在的词语组合测试", "書記項目", "三會一課是什麼", "dangjian", "zhiyuan fuwu", "shujixiangmu",
      "怎么参加志愿服务", "附近的学习点", "书计项目", "的", "是什么", "天气预报", "qwerty", "𠀀𠀁党建");

  private static Corpus fixture;
  private static Corpus synthetic;

  @BeforeAll
  static void build() {
    fixture = new Corpus(Sites.fixture());
    // Large enough that common terms spill (StaticIndexTest); with only a few of them in the
    // common-terms table, the engine reaches the others through their shards.
    synthetic = new Corpus(SyntheticCorpus.site(1000, 7), 16);
  }

  @AfterAll
  static void close() {
    fixture.close();
    synthetic.close();
  }

  @Test
  void theEngineRanksTheFixtureCorpusExactlyAsLucene() throws Exception {
    List<SearchQuery> queries = queries(fixture.index, fixture.index.size(), 120, 11);
    assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
    compareAll(fixture, queries);
  }

  @Test
  void theEngineRanksEveryJudgedBenchmarkQueryExactlyAsLucene() throws Exception {
    List<JudgedSearchBench.Judged> judged = JudgedSearchBench.read(java.nio.file.Path.of("bench/search-judgments.tsv"));
    assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
    // The bench runs on content/, the test on its frozen copy; the minimal site is a fixture already.
    compareAll(fixture, judged.stream().filter(j -> j.site().equals("bundled"))
        .map(j -> SearchQuery.of(j.query())).toList());
    try (Corpus minimal = new Corpus(Sites.load(java.nio.file.Path.of("src/test/resources/sites/minimal")))) {
      compareAll(minimal, judged.stream().filter(j -> j.site().equals("minimal"))
          .map(j -> SearchQuery.of(j.query())).toList());
    }
  }

  @Test
  void theEngineFiltersAndCountsVenueTypesAndAreasExactlyAsLucene() throws Exception {
    try (Corpus venues = new Corpus(Sites.load(java.nio.file.Path.of("src/test/resources/sites/venues")))) {
      List<SearchQuery> queries = new ArrayList<>();
      for (String q : List.of("测试", "馆", "学习点", "测试街道", "活动 阵地")) {
        queries.add(SearchQuery.of(q));
        queries.add(SearchQuery.of(q).filter(Facet.VENUE_TYPE, "station"));
        queries.add(SearchQuery.of(q).filter(Facet.VENUE_TYPE, "station", "study-point"));
        queries.add(SearchQuery.of(q).filter(Facet.AREA, "测试街道"));
        queries.add(SearchQuery.of(q).filter(Facet.AREA, "另一街道", "测试街道").filter(Facet.VENUE_TYPE, "station"));
        queries.add(SearchQuery.of(q).filter(Facet.AREA, "测试街道").filter(Facet.TYPE, "venue", "activity"));
        queries.add(SearchQuery.of(q).filter(Facet.AREA, "无此街道"));
      }
      compareAll(venues, queries);
      // The comparison proves something only if the facets are there to compare.
      SearchResults all = venues.index.search(SearchQuery.of("测试"));
      assertThat(all.facets().get(Facet.VENUE_TYPE)).extracting(SearchResults.FacetCount::value)
          .containsExactly("station", "study-point");
      assertThat(all.facets().get(Facet.AREA)).extracting(SearchResults.FacetCount::value)
          .containsExactly("另一街道", "测试街道");
    }
    // The alliance's venues have types but no structured address: no area to offer.
    SearchResults alliance = fixture.index.search(SearchQuery.of("阵地").filter(Facet.VENUE_TYPE, "station"));
    assertThat(alliance.total()).isPositive();
    assertThat(alliance.facets().get(Facet.AREA)).isEmpty();
  }

  @Test
  void theEngineRanksASyntheticCorpusExactlyAsLucene() throws Exception {
    compareAll(synthetic, queries(synthetic.index, 50, 60, 13));
  }

  /** Every title, random body substrings of 1–8 characters, domain queries, filtered queries. */
  static List<SearchQuery> queries(SearchIndex index, int titles, int substrings, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SearchDocument> docs = index.documents();
    List<SearchQuery> out = new ArrayList<>();
    for (int i = 0; i < Math.min(titles, docs.size()); i++) {
      out.add(SearchQuery.of(docs.get(i * docs.size() / Math.min(titles, docs.size())).title()));
    }
    for (int i = 0; i < substrings; i++) {
      String body = docs.get(random.nextInt(docs.size())).body();
      if (body.length() < 8) {
        continue;
      }
      int len = 1 + random.nextInt(8);
      int at = random.nextInt(body.length() - len);
      out.add(SearchQuery.of(body.substring(at, at + len)));
    }
    DOMAIN.forEach(q -> out.add(SearchQuery.of(q)));
    for (String q : List.of("党建", "志愿服务", "服务", "党员", "2018年", "满意率 服务")) {
      out.add(SearchQuery.of(q).filter(Facet.TYPE, "practice"));
      out.add(SearchQuery.of(q).filter(Facet.TYPE, "material", "achievement"));
      out.add(SearchQuery.of(q).filter(Facet.PROGRAM, "livelihood"));
      out.add(SearchQuery.of(q).filter(Facet.YEAR, "2018").filter(Facet.TYPE, "practice", "achievement"));
      out.add(SearchQuery.of(q).filter(Facet.YEAR, "2019", "2020").filter(Facet.PROGRAM, "fortress", "development"));
      out.add(SearchQuery.of(q).filter(Facet.TYPE, "nonexistent"));
      out.add(SearchQuery.of(q).filter(Facet.VENUE_TYPE, "station", "study-point"));
    }
    return out;
  }

  private static void compareAll(Corpus c, List<SearchQuery> queries) throws Exception {
    int nonEmpty = 0;
    for (SearchQuery q : queries) {
      SearchResults java = c.index.search(q.page(0, c.index.size()));
      JsonNode js = JSON.readTree(c.js.await("__engine.search(" + JSON.writeValueAsString(q.text()) + ", "
          + JSON.writeValueAsString(filters(q)) + ")",
          "function (r) { return { total: r.total, partial: r.partial, hits: r.hits.map(function (h) {"
              + " return [h.doc, h.score]; }), facets: r.facets, suggestions: r.suggestions }; }"));
      assertThat(js.has("error")).as("client error for %s: %s", q, js.path("error").asText()).isFalse();
      String what = q.text() + " " + q.filters();
      assertThat(js.get("total").asLong()).as("total of %s", what).isEqualTo(java.total());
      assertThat(js.get("partial").asBoolean()).as("partial of %s", what).isEqualTo(java.partial());
      assertThat(jsHits(js)).as("hits of %s", what).isEqualTo(javaHits(java));
      assertThat(jsFacets(js)).as("facets of %s", what).isEqualTo(javaFacets(java));
      List<String> suggestions = new ArrayList<>();
      js.get("suggestions").forEach(x -> suggestions.add(x.asText()));
      assertThat(suggestions).as("suggestions of %s", what).isEqualTo(java.suggestions());
      if (!java.partial() && q.filters().isEmpty() && java.total() > 0) {
        assertTopScoresPathAgrees(c.index, q, java);
      }
      nonEmpty += java.total() > 0 ? 1 : 0;
    }
    // Most queries must find something, or the comparison proves little.
    assertThat(nonEmpty).isGreaterThan(queries.size() * 2 / 3);
  }

  /** Lucene's usual top-10 search (block-max scoring) over the all-tokens query gives the exact hits that lead the ranking. */
  private static void assertTopScoresPathAgrees(SearchIndex index, SearchQuery q, SearchResults java) throws Exception {
    QueryPlan plan = index.plan(QueryText.rewrite(q.text(), index.lexicon()));
    if (!plan.rankOnly().isEmpty()) {
      return; // rank-only unigrams add to the scores of the all-tokens query
    }
    TopDocs top = index.searcher().search(plan.all(index.weights()), 10);
    List<String> actual = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      actual.add(sd.doc + ":" + Integer.toHexString(Float.floatToIntBits(sd.score)));
    }
    List<String> ranked = javaHits(java);
    assertThat(ranked.subList(0, Math.min(ranked.size(), actual.size()))).as("top 10 of %s", q.text()).isEqualTo(actual);
  }

  static Map<String, List<String>> filters(SearchQuery q) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    q.filters().forEach((f, v) -> out.put(f.key(), v.stream().sorted().toList()));
    return out;
  }

  static List<String> javaHits(SearchResults r) {
    return r.hits().stream().map(h -> h.doc() + ":" + Integer.toHexString(Float.floatToIntBits(h.score()))).toList();
  }

  static List<String> jsHits(JsonNode js) {
    List<String> out = new ArrayList<>();
    js.get("hits").forEach(h -> out.add(h.get(0).asInt() + ":"
        + Integer.toHexString(Float.floatToIntBits((float) h.get(1).asDouble()))));
    return out;
  }

  static Map<String, List<String>> javaFacets(SearchResults r) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      out.put(f.key(), r.facets().get(f).stream().map(c -> c.value() + "/" + c.label() + "=" + c.count()).toList());
    }
    return out;
  }

  static Map<String, List<String>> jsFacets(JsonNode js) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<String> list = new ArrayList<>();
      js.get("facets").path(f.key()).forEach(c -> list.add(
          c.get("value").asText() + "/" + c.get("label").asText() + "=" + c.get("count").asInt()));
      out.put(f.key(), list);
    }
    return out;
  }
}

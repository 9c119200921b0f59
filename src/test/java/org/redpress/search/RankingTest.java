package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking {@code SearchIndex} computes token by token agrees with Lucene's own queries: the
 * exact hits come first, in the order and with the scores of an exhaustive
 * {@link TopScoreDocCollectorManager} over the all-tokens query; the total is the number of
 * filtered documents matching at least the required number of tokens; the facets are counted
 * the slow, obvious way over the matches.
 */
class RankingTest {

  private static SearchIndex index;

  @BeforeAll
  static void build() {
    index = SearchIndex.build(SyntheticCorpus.site(1500, 3));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void exactHitsTotalsAndFacetsAgreeWithLucenesQueries() throws IOException {
    List<SearchQuery> queries = new ArrayList<>();
    for (String q : List.of("党", "党建", "志愿服务", "三会一课", "2018年", "服务 满意率", "党建 xyzzy 志愿",
        "志愿服务 满意率 党建 书记项目 三会一课 微心愿", "xyzzy qqqq", "红色 阵地", "书计项目")) {
      queries.add(SearchQuery.of(q));
      queries.add(SearchQuery.of(q).page(0, 1));
      queries.add(SearchQuery.of(q).page(7, 13));
      queries.add(SearchQuery.of(q).page(0, index.size()));
      queries.add(SearchQuery.of(q).page(40, 0));
      queries.add(SearchQuery.of(q).filter(Facet.TYPE, "practice"));
      queries.add(SearchQuery.of(q).filter(Facet.TYPE, "material", "achievement").page(10, 10));
      queries.add(SearchQuery.of(q).filter(Facet.YEAR, "2019", "2020").filter(Facet.PROGRAM, "fortress"));
      queries.add(SearchQuery.of(q).filter(Facet.TYPE, "nonexistent"));
    }
    int checkedHits = 0;
    for (SearchQuery q : queries) {
      String what = q.text() + " " + q.filters() + " @" + q.offset() + "+" + q.limit();
      QueryPlan plan = index.plan(QueryText.rewrite(q.text(), index.lexicon()));
      SearchResults actual = index.search(q);
      if (plan.isEmpty()) {
        assertThat(actual.total()).as("total of %s", what).isZero();
        continue;
      }
      IndexSearcher searcher = index.searcher();
      float[] weights = index.weights();
      int k = plan.tokens().size();
      int[] counts = new int[index.size()];
      for (ZhTokens.Token t : plan.tokens()) {
        BitSet m = searcher.search(QueryPlan.clause(t, weights), new MatchSetCollector.Manager());
        m.stream().forEach(d -> counts[d]++);
      }
      int best = java.util.Arrays.stream(counts).max().orElse(0);
      int need = Math.max(1, Math.min(best, (k + 1) / 2));
      Query enough = atLeast(plan, need, weights);
      assertThat(actual.total()).as("total of %s", what).isEqualTo(searcher.count(filtered(enough, q.filters())));
      assertThat(actual.partial()).as("partial of %s", what).isEqualTo(best > 0 && (best < k || !plan.complete()));
      BitSet matches = searcher.search(enough, new MatchSetCollector.Manager());
      assertThat(actual.facets()).as("facets of %s", what).isEqualTo(facetCounts(matches, q.filters()));
      if (plan.rankOnly().isEmpty()) {
        Query exact = filtered(plan.all(weights), q.filters());
        TopDocs top = searcher.search(exact, new TopScoreDocCollectorManager(index.size(), Integer.MAX_VALUE));
        List<String> expected = new ArrayList<>();
        ScoreDoc[] sd = top.scoreDocs;
        for (int i = q.offset(); i < sd.length && i < q.offset() + q.limit(); i++) {
          expected.add(sd[i].doc + ":" + Integer.toHexString(Float.floatToIntBits(sd[i].score)));
        }
        List<String> hits = SearchParityTest.javaHits(actual);
        assertThat(hits.subList(0, Math.min(hits.size(), expected.size()))).as("exact hits of %s", what)
            .isEqualTo(expected);
      }
      checkedHits += actual.hits().size();
    }
    // The comparison proves something only if the queries found plenty.
    assertThat(checkedHits).isGreaterThan(5000);
  }

  private static Query atLeast(QueryPlan plan, int m, float[] weights) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    plan.tokens().forEach(t -> b.add(QueryPlan.clause(t, weights), Occur.SHOULD));
    return b.setMinimumNumberShouldMatch(m).build();
  }

  private static Query filtered(Query base, Map<Facet, Set<String>> filters) {
    if (filters.isEmpty()) {
      return base;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    filters.forEach((facet, values) -> {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      values.forEach(v -> any.add(new TermQuery(new Term(facet.key(), v)), Occur.SHOULD));
      b.add(any.build(), Occur.FILTER);
    });
    return b.build();
  }

  /** Disjunctive counts the slow, obvious way: facet F counts matches passing every other facet's filter. */
  private static Map<Facet, List<SearchResults.FacetCount>> facetCounts(BitSet matches, Map<Facet, Set<String>> filters) {
    FacetTable table = index.facets();
    Map<Facet, List<SearchResults.FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      int[] counts = new int[table.values(f).size() + 1];
      for (int d = matches.nextSetBit(0); d >= 0; d = matches.nextSetBit(d + 1)) {
        boolean passes = true;
        for (Map.Entry<Facet, Set<String>> e : filters.entrySet()) {
          int code = table.code(e.getKey(), d);
          if (e.getKey() != f && (code == 0 || !e.getValue().contains(table.values(e.getKey()).get(code - 1).value()))) {
            passes = false;
          }
        }
        if (passes) {
          counts[table.code(f, d)]++;
        }
      }
      List<SearchResults.FacetCount> list = new ArrayList<>();
      for (int v = 1; v < counts.length; v++) {
        if (counts[v] > 0) {
          FacetTable.Value value = table.values(f).get(v - 1);
          list.add(new SearchResults.FacetCount(value.value(), value.label(), counts[v]));
        }
      }
      out.put(f, List.copyOf(list));
    }
    return out;
  }
}

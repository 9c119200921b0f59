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
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The single pass of {@link HitCollector} gives what the separate passes it replaced gave: a
 * count for the partial fallback, a match set for the facet counts and an exhaustive
 * {@link TopScoreDocCollectorManager} over the filtered query for the hits and the total.
 */
class HitCollectorTest {

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
  void onePassGivesTheHitsTotalsAndFacetsOfTheSeparatePasses() throws IOException {
    List<SearchQuery> queries = new ArrayList<>();
    for (String q : List.of("党", "党建", "志愿服务", "三会一课", "2018年", "服务 满意率", "党建 xyzzy 志愿",
        "志愿服务 满意率 党建 书记项目 三会一课 微心愿", "xyzzy qqqq", "红色 阵地")) {
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
      SearchResults expected = separatePasses(q);
      SearchResults actual = index.search(q);
      String what = q.text() + " " + q.filters() + " @" + q.offset() + "+" + q.limit();
      assertThat(actual.total()).as("total of %s", what).isEqualTo(expected.total());
      assertThat(actual.partial()).as("partial of %s", what).isEqualTo(expected.partial());
      assertThat(SearchParityTest.javaHits(actual)).as("hits of %s", what)
          .isEqualTo(SearchParityTest.javaHits(expected));
      assertThat(actual.facets()).as("facets of %s", what).isEqualTo(expected.facets());
      checkedHits += actual.hits().size();
    }
    // The comparison proves something only if the queries found plenty.
    assertThat(checkedHits).isGreaterThan(5000);
  }

  @Test
  void collectorsOfSeveralSlicesMergeIntoTheRankingOfOne() throws IOException {
    float[] scores = {3f, 1f, 2f, 2f, 5f, 1f, 2f, 4f, 0.5f, 2f};
    HitCollector.Manager manager = new HitCollector.Manager(index.facets(), Map.of(), 4);
    HitCollector whole = manager.newCollector();
    HitCollector first = manager.newCollector();
    HitCollector second = manager.newCollector();
    for (int doc = 0; doc < scores.length; doc++) {
      feed(whole, doc, scores[doc]);
      feed(doc % 3 == 0 ? first : second, doc, scores[doc]);
    }
    HitCollector.Ranking one = manager.reduce(List.of(whole));
    HitCollector.Ranking merged = manager.reduce(List.of(second, first));
    // Ties at 2f go to the lower document number.
    assertThat(one.docs()).containsExactly(4, 7, 0, 2);
    assertThat(merged.docs()).containsExactly(one.docs());
    assertThat(merged.scores()).containsExactly(one.scores());
    assertThat(merged.total()).isEqualTo(one.total()).isEqualTo(scores.length);
    assertThat(merged.facets()).isEqualTo(one.facets());
  }

  private static void feed(HitCollector c, int doc, float score) throws IOException {
    c.setScorer(new Scorable() {
      @Override
      public float score() {
        return score;
      }

      @Override
      public int docID() {
        return doc;
      }
    });
    c.collect(doc);
  }

  /** What {@code SearchIndex.search} did before the single pass. */
  private static SearchResults separatePasses(SearchQuery query) throws IOException {
    IndexSearcher searcher = index.searcher();
    float[] weights = index.weights();
    QueryPlan plan = QueryPlan.of(query.text());
    Query base = plan.all(weights);
    boolean partial = false;
    int k = plan.tokens().size();
    if (searcher.count(base) == 0 && k >= 2) {
      for (int m = k - 1; m >= (k + 1) / 2; m--) {
        Query q = plan.atLeast(m, weights);
        if (searcher.count(q) > 0) {
          base = q;
          partial = true;
          break;
        }
      }
    }
    BitSet matches = searcher.search(base, new MatchSetCollector.Manager());
    TopDocs top = searcher.search(filtered(base, query.filters()),
        new TopScoreDocCollectorManager(Math.max(1, query.offset() + query.limit()), Integer.MAX_VALUE));
    List<SearchHit> hits = new ArrayList<>();
    ScoreDoc[] sd = top.scoreDocs;
    for (int i = query.offset(); i < sd.length && i < query.offset() + query.limit(); i++) {
      hits.add(new SearchHit(sd[i].doc, "", "", "", null, sd[i].score, null, null));
    }
    return new SearchResults(query.text(), top.totalHits.value, partial, hits, facetCounts(matches, query.filters()));
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

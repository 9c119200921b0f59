package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redpress.model.SiteModel;

class RankingCacheTest {

  private static SiteModel model;
  private static SearchIndex warm;

  @BeforeAll
  static void build() {
    model = SyntheticCorpus.site(800, 5);
    warm = SearchIndex.build(model);
  }

  @AfterAll
  static void close() {
    warm.close();
  }

  @Test
  void laterPagesFromAKeptRankingEqualPagesComputedAfresh() {
    List<SearchQuery> queries = new ArrayList<>();
    for (String q : List.of("党", "志愿服务", "服务 满意率", "党建 xyzzy 志愿", "xyzzy qqqq")) {
      queries.add(SearchQuery.of(q));
      queries.add(SearchQuery.of(q).filter(Facet.TYPE, "practice", "material"));
      queries.add(SearchQuery.of(q).filter(Facet.YEAR, "2020").filter(Facet.PROGRAM, "fortress"));
    }
    for (SearchQuery q : queries) {
      warm.search(q.page(0, 10));
    }
    for (int page = 1; page < 12; page++) {
      // A fresh index for every page, which has kept nothing for any of these queries.
      try (SearchIndex fresh = SearchIndex.build(model)) {
        for (SearchQuery q : queries) {
          SearchQuery p = q.page(page * 10, 10);
          assertThat(warm.search(p)).as("%s page %d", q, page).isEqualTo(fresh.search(p));
        }
      }
    }
  }

  @Test
  void theSameTokensShareARankingAndEachPageAsksLuceneOnceAtMost() {
    RankingCache cache = new RankingCache();
    int[] ranked = {0};
    for (String text : List.of("志愿服务", " 志愿服务！", "志愿服务 志愿")) {
      for (int depth : new int[] {10, 20, 100}) {
        RankingCache.Entry e = cache.get(QueryPlan.of(text), Map.of(), depth, d -> {
          ranked[0]++;
          return entry(d, 5000);
        });
        assertThat(e.reaches(depth)).isTrue();
      }
    }
    assertThat(ranked[0]).isEqualTo(1);
    cache.get(QueryPlan.of("志愿服务"), Map.of(Facet.TYPE, java.util.Set.of("practice")), 10, d -> {
      ranked[0]++;
      return entry(d, 5000);
    });
    assertThat(ranked[0]).as("other filters, another ranking").isEqualTo(2);
  }

  @Test
  void keepsAtMostCapacityRankingsAndNoneDeeperThanTheLimit() {
    RankingCache cache = new RankingCache();
    for (int i = 0; i < RankingCache.CAPACITY + 10; i++) {
      cache.get(QueryPlan.of("q" + i), Map.of(), 10, d -> entry(d, 5000));
    }
    assertThat(cache.size()).isEqualTo(RankingCache.CAPACITY);

    RankingCache deep = new RankingCache();
    int[] depths = {0, 0};
    deep.get(QueryPlan.of("a"), Map.of(), RankingCache.MAX_DEPTH + 1, d -> {
      depths[0] = d;
      return entry(d, 5000);
    });
    assertThat(depths[0]).isEqualTo(RankingCache.MAX_DEPTH + 1);
    assertThat(deep.size()).as("too deep to keep").isZero();
    deep.get(QueryPlan.of("a"), Map.of(), 10, d -> {
      depths[1] = d;
      return entry(d, 5000);
    });
    assertThat(depths[1]).as("a first page ranks ahead").isEqualTo(RankingCache.MIN_DEPTH);
  }

  @Test
  void theIndexKeepsItsRankingsBounded() {
    try (SearchIndex index = SearchIndex.build(model)) {
      for (int i = 0; i < RankingCache.CAPACITY + 20; i++) {
        index.search(SearchQuery.of("党 " + i).page(0, 10));
      }
      index.search(SearchQuery.of("党").page(0, index.size()));
      assertThat(index.rankings().size()).isEqualTo(RankingCache.CAPACITY);
    }
  }

  /** A ranking of {@code depth} hits out of {@code total}. */
  private static RankingCache.Entry entry(int depth, int total) {
    int n = Math.min(depth, total);
    return new RankingCache.Entry(new Ranking(total, total, new int[n], new float[n], Map.of()), false);
  }
}

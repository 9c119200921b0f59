package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.content.RecordType;
import org.redpress.testing.TestSite;

class SearchIndexTest {

  private static SearchIndex index;

  @BeforeAll
  static void build() {
    index = SearchIndex.build(Sites.fixture());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void aDomainTermFindsTheRecordsThatUseItTitleMatchesFirst() {
    SearchResults r = index.search(SearchQuery.of("书记项目"));
    assertThat(r.total()).isGreaterThanOrEqualTo(5);
    assertThat(r.partial()).isFalse();
    assertThat(r.hits().get(0).title()).contains("书记项目");
    assertThat(r.hits().get(0).snippet().marks()).isNotEmpty();
    assertThat(r.hits()).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
  }

  @Test
  void mixedLatinDigitAndHanQueriesWork() {
    assertThat(index.search(SearchQuery.of("2018年")).total()).isPositive();
    assertThat(index.search(SearchQuery.of("580志愿")).total()).isPositive();
    assertThat(index.search(SearchQuery.of("满意率")).hits().get(0).title()).contains("满意率");
  }

  @Test
  void aQueryWithoutTokensFindsNothing() {
    SearchResults r = index.search(SearchQuery.of("！！！ …"));
    assertThat(r.total()).isZero();
    assertThat(r.partial()).isFalse();
    assertThat(r.hits()).isEmpty();
  }

  @Test
  void whenNoRecordHasEveryTokenMostOfThemAreEnoughAndTheResultSaysSo() {
    SearchResults r = index.search(SearchQuery.of("志愿服务 xyzzy"));
    assertThat(r.partial()).isTrue();
    assertThat(r.total()).isPositive();
    assertThat(index.search(SearchQuery.of("xyzzy qqqq")).total()).isZero();
  }

  @Test
  void filtersNarrowTheHitsWhileFacetCountsStayDisjunctive() {
    SearchResults all = index.search(SearchQuery.of("党建"));
    SearchResults practices = index.search(SearchQuery.of("党建").filter(Facet.TYPE, "practice"));
    assertThat(practices.hits()).allSatisfy(h -> assertThat(h.type()).isEqualTo("practice"));
    assertThat(practices.total()).isLessThan(all.total());
    // Choosing a type keeps the other types' counts, so a reader can switch.
    assertThat(practices.facets().get(Facet.TYPE)).isEqualTo(all.facets().get(Facet.TYPE));
    int practiceCount = all.facets().get(Facet.TYPE).stream()
        .filter(c -> c.value().equals("practice")).findFirst().orElseThrow().count();
    assertThat(practices.total()).isEqualTo(practiceCount);
    assertThat(all.facets().get(Facet.TYPE).get(0).label()).isEqualTo("实践案例");
  }

  @Test
  void pagesAreConsecutiveSlicesOfOneRanking() {
    SearchQuery q = SearchQuery.of("服务");
    List<SearchHit> six = index.search(q.page(0, 6)).hits();
    List<SearchHit> a = index.search(q.page(0, 3)).hits();
    List<SearchHit> b = index.search(q.page(3, 3)).hits();
    assertThat(a).extracting(SearchHit::doc).containsExactlyElementsOf(six.subList(0, 3).stream().map(SearchHit::doc).toList());
    assertThat(b).extracting(SearchHit::doc).containsExactlyElementsOf(six.subList(3, 6).stream().map(SearchHit::doc).toList());
  }

  @Test
  void equalScoresAreOrderedByDocumentNumber() {
    SearchDocument twin = new SearchDocument("pages/a/", "志愿服务", List.of(), "", "", RecordType.PAGE, null, null, null, null, null);
    SearchDocument other = new SearchDocument("pages/b/", "志愿服务", List.of(), "", "", RecordType.PAGE, null, null, null, null, null);
    try (SearchIndex small = SearchIndex.build(List.of(twin, other), SyntheticCorpus.config())) {
      List<SearchHit> hits = small.search(SearchQuery.of("志愿")).hits();
      assertThat(hits).extracting(SearchHit::doc).containsExactly(0, 1);
      assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score());
    }
  }

  @Test
  void urlsCarryTheBasePathOfTheSite() {
    SearchDocument d = new SearchDocument("practices/x/", "党建引领", List.of(), "", "", RecordType.PRACTICE,
        "fortress", LocalDate.of(2020, 1, 2), null, null, null);
    var config = SyntheticCorpus.config().withBaseUrl(URI.create("https://example.org/sub/"));
    try (SearchIndex small = SearchIndex.build(List.of(d), config)) {
      assertThat(small.search(SearchQuery.of("党建")).hits().get(0).url()).isEqualTo("/sub/practices/x/");
    }
  }

  @Test
  void draftsAndFutureRecordsAreNotIndexed(@TempDir Path dir) {
    TestSite.write(dir, """
        -- content/practices/published.md --
        ---
        title: 公开的志愿服务
        date: 2020-01-01
        program: fortress
        ---
        正文。
        -- content/practices/draft.md --
        ---
        title: 草稿里的志愿服务
        date: 2020-01-01
        program: fortress
        status: draft
        ---
        正文。
        -- content/practices/future.md --
        ---
        title: 将来的志愿服务
        date: 2029-01-01
        program: fortress
        ---
        正文。
        """);
    try (SearchIndex small = SearchIndex.build(Sites.load(dir, LocalDate.of(2024, 1, 1)))) {
      assertThat(small.search(SearchQuery.of("志愿服务")).hits()).extracting(SearchHit::title)
          .containsExactly("公开的志愿服务");
    }
  }
}

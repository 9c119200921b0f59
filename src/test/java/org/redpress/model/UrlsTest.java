package org.redpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redpress.content.RecordType;

class UrlsTest {

  @Test
  void placesRecordsUnderTheirSectionAndPagesAtTheRoot() {
    assertThat(Urls.record(RecordType.PRACTICE, "x")).isEqualTo("practices/x/");
    assertThat(Urls.record(RecordType.PAGE, "about")).isEqualTo("about/");
  }

  @Test
  void numbersListPagesFromTheSecond() {
    assertThat(Urls.page("practices/", 1)).isEqualTo("practices/");
    assertThat(Urls.page("practices/", 2)).isEqualTo("practices/page/2/");
  }

  @Test
  void keepsChineseInSlugsButRemovesPathCharacters() {
    assertThat(Urls.slug(" 三会 一课/../x ")).isEqualTo("三会-一课-x");
    assertThat(Urls.slug("..")).isEqualTo("-");
  }

  @Test
  void percentEncodesEachSegment() {
    assertThat(Urls.encode("tags/党建/")).isEqualTo("tags/%E5%85%9A%E5%BB%BA/");
  }

  @Test
  void paginatesIntoFullPagesAndARest() {
    var pages = Pager.paginate(java.util.List.of(1, 2, 3, 4, 5), 2, "practices/");
    assertThat(pages).hasSize(3);
    assertThat(pages.get(2).items()).containsExactly(5);
    assertThat(pages.get(1).previousPath()).isEqualTo("practices/");
    assertThat(pages.get(1).nextPath()).isEqualTo("practices/page/3/");
    assertThat(Pager.paginate(java.util.List.of(), 2, "x/")).hasSize(1);
  }

  @Test
  void plainPathsComeBackAsURLEncoderWouldGiveThemAndOthersAreEncodedPerSegment() {
    assertThat(Urls.encode("practices/a-b_c.d*e/")).isEqualTo("practices/a-b_c.d*e/");
    assertThat(Urls.encode("a b/~x/")).isEqualTo("a%20b/%7Ex/");
    assertThat(Urls.encode("")).isEmpty();
  }
}

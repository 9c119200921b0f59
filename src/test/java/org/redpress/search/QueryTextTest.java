package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Query understanding before analysis: fillers, folding, pinyin and suggestions ({@code docs/search.md} §3.1). */
class QueryTextTest {

  private static final QueryLexicon LEXICON = new QueryLexicon(
      Map.of('書', '书', '記', '记', '項', '项'),
      Map.of("shuji", "书记", "xiangmu", "项目", "shujixiangmu", "书记项目", "zhiyuan", "志愿", "fuwu", "服务"),
      List.of("志愿服务", "书记项目", "三会一课"));

  @Test
  void questionAndFillerWordsBecomeSeparators() {
    assertThat(ZhTokens.main(QueryText.fillers("三会一课是什么")).stream().map(ZhTokens.Token::term))
        .containsExactly("三会", "会一", "一课");
    assertThat(QueryText.fillers("怎么参加志愿服务").strip()).isEqualTo("参加志愿服务");
    assertThat(QueryText.fillers("附近的学习点").strip()).isEqualTo("学习点");
    assertThat(QueryText.fillers("信访下降了多少").strip()).isEqualTo("信访下降");
  }

  @Test
  void aQueryOfFillerWordsOnlyIsSearchedAsTyped() {
    assertThat(QueryText.fillers("是什么")).isEqualTo("是什么");
    assertThat(QueryText.fillers("的")).isEqualTo("的");
  }

  @Test
  void fillerWordsKeepTheirLengthSoOffsetsStay() {
    assertThat(QueryText.fillers("怎么样参加")).hasSize("怎么样参加".length()).endsWith("参加");
  }

  @Test
  void traditionalCharactersFoldOneForOne() {
    assertThat(QueryText.rewrite("書記項目", LEXICON)).isEqualTo("书记项目");
    assertThat(QueryText.simplify("書x𠀀", LEXICON.simplified())).isEqualTo("书x𠀀");
  }

  @Test
  void aPinyinQueryBecomesTheSitesTermsWithFewestPieces() {
    assertThat(QueryText.pinyin("shujixiangmu", LEXICON)).isEqualTo("书记项目");
    assertThat(QueryText.pinyin("ZhiYuan FuWu", LEXICON)).isEqualTo("志愿 服务");
    assertThat(QueryText.pinyin("ｓｈｕｊｉ", LEXICON)).isEqualTo("书记");
  }

  @Test
  void latinTextThatIsNotTheSitesPinyinStaysAsTyped() {
    assertThat(QueryText.pinyin("shujix", LEXICON)).isEqualTo("shujix");
    assertThat(QueryText.pinyin("580", LEXICON)).isEqualTo("580");
    assertThat(QueryText.pinyin("shuji 党建", LEXICON)).isEqualTo("shuji 党建");
  }

  @Test
  void suggestionsShareTheMostCharactersWithTheQueryElseTheMostUsedTags() {
    assertThat(QueryText.suggestions("三课", LEXICON)).first().isEqualTo("三会一课");
    assertThat(QueryText.suggestions("天气", LEXICON)).containsExactly("志愿服务", "书记项目", "三会一课");
  }

  @Test
  void theLexiconFoldsOnlyCharactersTheSiteNeverUsesAndMapsTagsAndNamesToPinyin() {
    SearchDocument practice = new SearchDocument("practices/a/", "书记项目见实效", List.of("志愿服务"), "", "发展",
        org.redpress.content.RecordType.PRACTICE, null, null, null, null, null);
    SearchDocument venue = new SearchDocument("venues/b/", "立发桥村", List.of(), "", "",
        org.redpress.content.RecordType.VENUE, null, null, null, null, null);
    QueryLexicon lexicon = QueryLexicon.of(List.of(practice, venue));
    assertThat(lexicon.simplified()).containsEntry('書', '书').containsEntry('發', '发').doesNotContainKey('书');
    // Tags and names are terms; a practice's title is a sentence and its body is not looked at.
    assertThat(lexicon.pinyin()).containsEntry("zhiyuanfuwu", "志愿服务").containsEntry("lifaqiao", "立发桥")
        .doesNotContainKey("shujixiangmu").doesNotContainKey("fazhan");
    assertThat(lexicon.tags()).containsExactly("志愿服务");
  }
}

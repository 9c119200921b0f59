package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;

class RecordValidatorTest {

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void buildsATypedPracticeFromMarkdownWithFrontMatter() {
    ResolvedContent c = ContentFixture.resolve(dir, """
        -- content/practices/lifaqiao.md --
        ---
        title: 立发桥村一个月完成拆迁
        date: 2018-06-30
        program: 促发展
        organization: lifaqiao
        venues: [hall]
        tags: [书记项目, 拆迁]
        approximate: true
        note: 日期为估计
        metrics:
          - {label: 征收户, value: 80, unit: 户}
        ---
        正文第一段。
        -- content/organizations/lifaqiao.yaml --
        name: 立发桥村党支部
        kind: branch
        -- content/venues/hall.yaml --
        name: 红色报刊展览馆
        type: station
        """, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    Record.Practice p = (Record.Practice) c.records().stream().filter(r -> r instanceof Record.Practice).findFirst().orElseThrow();
    assertThat(p.program()).isEqualTo("development");
    assertThat(p.meta().date()).isEqualTo(LocalDate.of(2018, 6, 30));
    assertThat(p.meta().tags()).containsExactly("书记项目", "拆迁");
    assertThat(p.meta().approximate()).isTrue();
    assertThat(p.meta().body()).isEqualTo("正文第一段。\n");
    assertThat(p.meta().bodyLine()).isEqualTo(13);
    assertThat(p.metrics()).containsExactly(new Metric("征收户", "80", null, "户", null, null, null));
    assertThat(p.venues()).extracting(Ref::id).containsExactly("hall");
  }

  @Test
  void acceptsTheChineseWordsOfEnumValuesAsProgramDoes() {
    ResolvedContent c = ContentFixture.resolve(dir, """
        -- content/organizations/dangwei.yaml --
        name: 开发区党工委
        kind: 党委
        -- content/organizations/zhibu.yaml --
        name: 立发桥村党支部
        kind: 党支部
        -- content/materials/ketang.md --
        ---
        title: 一刻钟课堂
        date: 2018-09-01
        kind: 课程
        status: 草稿
        ---
        """, diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(c.records()).filteredOn(r -> r instanceof Record.Organization)
        .extracting(r -> ((Record.Organization) r).kind(), r -> r.meta().draft())
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("committee", false),
            org.assertj.core.groups.Tuple.tuple("branch", false));
    assertThat(c.records()).filteredOn(r -> r instanceof Record.Material)
        .extracting(r -> ((Record.Material) r).kind(), r -> r.meta().draft())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("course", true));
  }

  @Test
  void namesTheChineseWordsWhenAnEnumValueIsUnknown() {
    ContentFixture.resolve(dir, """
        -- content/organizations/x.yaml --
        name: 某组织
        kind: 党支委
        """, diagnostics);

    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-ENUM");
      assertThat(d.at().line()).isEqualTo(2);
      assertThat(String.join(" ", d.args())).contains("branch（党支部）", "committee（党委、党工委、党委（党工委））");
    });
  }

  @Test
  void keepsTheQualifierOfARoundedFigureInEnglishOrChinese() {
    ResolvedContent c = ContentFixture.resolve(dir, """
        -- content/achievements/a.yaml --
        title: 服务6万余人次
        date: 2018-12-20
        program: 惠民生
        featured: 2
        metrics:
          - {label: 服务群众, value: 60000, qualifier: 余, unit: 人次}
          - {label: 服务对象, value: 20000, qualifier: nearly, unit: 名}
          - {label: 信访量降幅, value: 20.5, unit: "%", trend: 下降}
        """, diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
    Record.Achievement a = (Record.Achievement) c.records().get(0);
    assertThat(a.metrics()).extracting(Metric::text).containsExactly("6万余人次", "近2万名", "20.5%");
    assertThat(a.metrics().get(2).trend()).isEqualTo("down");
    assertThat(a.featured()).isEqualTo(2);
  }

  @Test
  void refusesAQualifierTheSourceCannotHaveWritten() {
    ContentFixture.resolve(dir, """
        -- content/achievements/a.yaml --
        title: 服务人次
        date: 2018-12-20
        program: 惠民生
        metrics:
          - {label: 服务群众, value: 60000, qualifier: 大约, unit: 人次}
        """, diagnostics);

    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-ENUM");
      assertThat(d.at().line()).isEqualTo(5);
      assertThat(String.join(" ", d.args())).contains("约（about）");
    });
  }

  @Test
  void refusesACitationOfASourceSiteYamlDoesNotRegisterAndNamesTheKnownOnes() {
    ContentFixture.resolve(dir, """
        -- content/site.yaml --
        title: 测试
        baseUrl: https://example.org/
        programs: [{key: livelihood, name: 惠民生, title: 党建引领惠民生工程}]
        sources:
          - {key: article, title: 探索基层党建工作新路径, author: 王荣贵}
          - {key: paper, title: 某报道}
        -- content/organizations/x.yaml --
        name: 某组织
        kind: 党支部
        cites: [article, artcle]
        """, diagnostics);

    assertThat(diagnostics.sorted()).extracting(d -> d.code() + "@" + d.at().line()).containsExactly("E-CITE@3");
    assertThat(diagnostics.sorted().get(0).args()).contains("artcle", "article, paper");
  }

  @Test
  void aRecordThatFailedValidationIsNotAlsoReportedMissingWhereItIsReferenced() {
    ContentFixture.resolve(dir, """
        -- content/practices/a.md --
        ---
        title: 拆迁
        date: 2018-06-30
        program: 促发展
        organization: lifaqiao
        venues: [hall, nowhere]
        ---
        -- content/organizations/lifaqiao.yaml --
        name: 立发桥村党支部
        members: 很多
        -- content/venues/hall.yaml --
        type: station
        """, diagnostics);

    assertThat(diagnostics.sorted()).extracting(d -> d.code() + " " + d.at().file())
        .containsExactly(
            "E-TYPE content/organizations/lifaqiao.yaml",
            "E-REF content/practices/a.md",
            "E-REQUIRED content/venues/hall.yaml");
    assertThat(diagnostics.sorted().get(1).args()).as("only the venue that has no file").contains("nowhere");
  }

  @Test
  void twoDifferentTagsThatWouldShareAnAddressAreAnErrorNamingBoth() {
    ContentFixture.resolve(dir, """
        -- content/organizations/a.yaml --
        name: 甲
        tags: [党建/引领, AI, 红色 阵地]
        -- content/organizations/b.yaml --
        name: 乙
        tags:
          - ai
          - 红色  阵地
          - 党建?引领
        -- content/pages/c.md --
        ---
        title: 丙
        ---
        """, diagnostics);

    assertThat(diagnostics.sorted()).as("case and spacing make the same tag; other differences do not")
        .singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo("E-TAG-CLASH");
          assertThat(d.at()).hasToString("content/organizations/b.yaml:5:5");
          assertThat(d.args()).containsExactly("党建?引领", "党建/引领", "content/organizations/a.yaml:2:8", "tags/党建-引领/");
        });
  }

  @Test
  void readsTheBodyOfAYamlRecordFromItsBodyField() {
    ResolvedContent c = ContentFixture.resolve(dir, """
        -- content/pages/about.yaml --
        title: 关于联盟
        menu: 1
        body: |
          第一段。

          第二段。
        """, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    Record.Page page = (Record.Page) c.records().get(0);
    assertThat(page.menu()).isEqualTo(1);
    assertThat(page.meta().body()).isEqualTo("第一段。\n\n第二段。\n");
  }

  @Test
  void acceptsBomAndCrlfLineEndings() {
    ContentFixture.resolve(dir, "-- content/pages/about.md --\n\uFEFF---\r\ntitle: 关于\r\n---\r\n正文\r\n", diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void warnsAboutAnUnknownFieldWithASuggestion() {
    ContentFixture.resolve(dir, """
        -- content/pages/about.md --
        ---
        title: 关于
        sumary: 拼错了
        ---
        """, diagnostics);
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("W-FIELD");
    assertThat(d.args()).containsExactly("sumary", "summary");
    assertThat(d.at().toString()).isEqualTo("content/pages/about.md:3:1");
  }

  @Test
  void suggestsTheClosestIdForADanglingReference() {
    ContentFixture.resolve(dir, """
        -- content/practices/a.md --
        ---
        title: 甲
        date: 2018-06-30
        program: fortress
        venues: [dongcheng-hal]
        ---
        -- content/venues/dongcheng-hall.yaml --
        name: 东城馆
        type: station
        """, diagnostics);
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-REF");
    assertThat(d.args()).containsExactly("红色阵地", "dongcheng-hal", "dongcheng-hall");
    assertThat(d.at().toString()).isEqualTo("content/practices/a.md:5:10");
  }

  @Test
  void keepsCodesAndPhoneNumbersAsWrittenText() {
    ResolvedContent c = ContentFixture.resolve(dir, """
        -- content/venues/hall.yaml --
        name: 展览馆
        type: station
        contact: 0513
        """, diagnostics);
    assertThat(((Record.Venue) c.records().get(0)).contact()).isEqualTo("0513");
  }

  @Test
  void rejectsABooleanWrittenAsYes() {
    ContentFixture.resolve(dir, """
        -- content/venues/hall.yaml --
        name: 展览馆
        type: station
        approximate: yes
        """, diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-TYPE");
  }

  @Test
  void requiresAnOrderForEachLessonOfASeriesAndRefusesDuplicates() {
    ContentFixture.resolve(dir, """
        -- content/materials/a.md --
        ---
        {title: 一, date: 2018-01-01, kind: course, series: intro, order: 1}
        ---
        -- content/materials/b.md --
        ---
        {title: 二, date: 2018-01-02, kind: course, series: intro, order: 1}
        ---
        -- content/materials/c.md --
        ---
        {title: 三, date: 2018-01-03, kind: course, series: intro}
        ---
        """, diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-SERIES-DUP", "E-SERIES-ORDER");
  }

  @Test
  void stripsInvisibleCharactersFromTitlesWithAWarning() {
    ResolvedContent c = ContentFixture.resolve(dir, "-- content/pages/about.md --\n---\ntitle: 关\u200B于\u202E\n---\n", diagnostics);
    assertThat(c.records().get(0).meta().title()).isEqualTo("关于");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("W-INVISIBLE");
  }

  @Test
  void warnsAtTheMinutesFieldWhenADeclaredLengthIsFarFromTheText() {
    String body = "学".repeat(400);
    ContentFixture.resolve(dir, """
        -- content/materials/long-label.md --
        ---
        title: 一课
        date: 2018-01-01
        kind: course
        minutes: 15
        ---
        %s
        -- content/materials/honest.md --
        ---
        title: 二课
        date: 2018-01-01
        kind: course
        minutes: 7
        ---
        %s
        -- content/materials/undeclared.md --
        ---
        title: 三课
        date: 2018-01-01
        kind: course
        ---
        短。
        """.formatted(body, body), diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("W-MINUTES");
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.at().file()).isEqualTo("content/materials/long-label.md");
    assertThat(d.at().line()).isEqualTo(5);
    assertThat(d.args()).containsExactly("15", "400", "1", "1", "7");
  }

  @Test
  void refusesAMaterialIdTheFilterPagesUse() {
    ContentFixture.resolve(dir, """
        -- content/materials/short.md --
        ---
        title: 短
        date: 2018-01-01
        kind: article
        ---
        正文。
        """, diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-DUP-URL");
    assertThat(diagnostics.sorted().get(0).args()).containsExactly("/materials/short/");
  }
}

package org.redpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

class SiteModelBuilderTest {

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private static final String SITE = """
      -- content/organizations/branch.yaml --
      name: 立发桥村党支部
      -- content/venues/hall.yaml --
      name: 展览馆
      type: station
      -- content/practices/old.md --
      ---
      {title: 旧案例, date: 2017-05-01, program: fortress, tags: [党建], organization: branch, venues: [hall]}
      ---
      -- content/practices/new.md --
      ---
      {title: 新案例, date: 2018-05-01, program: fortress, tags: [党建, 拆迁], organization: branch}
      ---
      -- content/practices/draft.md --
      ---
      {title: 草稿, date: 2018-05-02, program: fortress, status: draft}
      ---
      -- content/practices/later.md --
      ---
      {title: 未来, date: 2030-01-01, program: livelihood}
      ---
      -- content/achievements/result.md --
      ---
      {title: 成效, date: 2018-10-01, program: fortress, practices: [new, draft]}
      ---
      -- content/materials/l2.md --
      ---
      {title: 第二课, date: 2018-01-02, kind: course, series: intro, order: 2}
      ---
      -- content/materials/l1.md --
      ---
      {title: 第一课, date: 2018-01-03, kind: course, series: intro, order: 1}
      ---
      """;

  private SiteModel build(boolean drafts, boolean future) {
    TestSite.write(dir, SITE);
    return TestSite.model(dir, drafts, future, diagnostics);
  }


  private static List<String> ids(List<Record> records) {
    return records.stream().map(Record::id).toList();
  }

  @Test
  void leavesDraftsAndFutureRecordsOutByDefault() {
    SiteModel model = build(false, false);
    assertThat(ids(model.ofType(RecordType.PRACTICE))).containsExactly("new", "old");
    assertThat(model.taxonomy(Taxonomy.YEARS).orElseThrow().terms()).extracting(Term::slug).doesNotContain("2030");
    assertThat(diagnostics.sorted()).extracting(d -> d.code()).containsExactly("W-REF-UNPUBLISHED");
  }

  @Test
  void warnsOnlyAboutReferencesToRecordsLeftOut() {
    TestSite.write(dir, SITE + """
        -- content/achievements/later-result.md --
        ---
        {title: 未来成效, date: 2018-11-01, program: livelihood, practices: [later, old]}
        ---
        """);
    TestSite.model(dir, false, false, diagnostics);
    assertThat(diagnostics.sorted()).extracting(d -> d.code() + " " + d.args())
        .containsExactly("W-REF-UNPUBLISHED [later]", "W-REF-UNPUBLISHED [draft]");
    Diagnostics all = new Diagnostics();
    TestSite.model(dir, true, true, all);
    assertThat(all.sorted()).isEmpty();
  }

  @Test
  void includesDraftsAndFutureRecordsWhenAsked() {
    SiteModel model = build(true, true);
    assertThat(ids(model.ofType(RecordType.PRACTICE))).containsExactly("later", "draft", "new", "old");
  }

  @Test
  void groupsRecordsByProgramTagYearAndVenueType() {
    SiteModel model = build(false, false);
    Term fortress = model.taxonomy(Taxonomy.PROGRAMS).orElseThrow().term("fortress").orElseThrow();
    assertThat(fortress.records()).extracting(RecordKey::id).containsExactly("new", "old", "result");
    Term tag = model.taxonomy(Taxonomy.TAGS).orElseThrow().terms().get(0);
    assertThat(tag.name()).isEqualTo("党建");
    assertThat(tag.path()).isEqualTo("tags/党建/");
    assertThat(model.taxonomy(Taxonomy.YEARS).orElseThrow().terms()).extracting(Term::slug).containsExactly("2018", "2017");
    assertThat(model.taxonomy(Taxonomy.VENUE_TYPES).orElseThrow().term("station").orElseThrow().records())
        .extracting(RecordKey::id).containsExactly("hall");
  }

  @Test
  void ordersALearningPathByLessonNumber() {
    LearningPath path = build(false, false).learningPath("intro").orElseThrow();
    assertThat(path.lessons()).extracting(RecordKey::id).containsExactly("l1", "l2");
    assertThat(path.position(new RecordKey(RecordType.MATERIAL, "l2"))).isEqualTo(2);
  }

  @Test
  void exposesReverseLinks() {
    SiteModel model = build(false, false);
    assertThat(model.backlinksTo(new RecordKey(RecordType.VENUE, "hall"))).extracting(RecordKey::id).containsExactly("old");
    assertThat(model.backlinksTo(new RecordKey(RecordType.PRACTICE, "new"))).extracting(RecordKey::id).containsExactly("result");
    assertThat(model.backlinksTo(new RecordKey(RecordType.ORGANIZATION, "branch"))).extracting(RecordKey::id)
        .containsExactly("new", "old");
  }

  @Test
  void ranksRelatedRecordsBySharedTagsOrganizationAndProgram() {
    SiteModel model = build(false, false);
    assertThat(model.relatedTo(new RecordKey(RecordType.PRACTICE, "new"))).extracting(RecordKey::id)
        .startsWith("old", "result");
  }
}

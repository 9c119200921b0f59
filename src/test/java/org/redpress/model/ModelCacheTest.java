package org.redpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redpress.build.BuildCache;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.build.Progress;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.TestSite;

/** A model built with the previous build's structures equals the one built from scratch. */
class ModelCacheTest {

  @TempDir Path dir;

  private static final String SITE = """
      -- content/organizations/branch.yaml --
      name: 立发桥村党支部
      -- content/organizations/other.yaml --
      name: 另一个党支部
      -- content/venues/hall.yaml --
      name: 展览馆
      type: station
      organization: branch
      -- content/practices/old.md --
      ---
      {title: 旧案例, date: 2017-05-01, program: fortress, tags: [党建], organization: branch, venues: [hall]}
      ---
      正文。
      -- content/practices/new.md --
      ---
      {title: 新案例, date: 2018-05-01, program: fortress, tags: [党建, 拆迁], organization: branch}
      ---
      -- content/practices/third.md --
      ---
      {title: 第三个, date: 2018-03-01, program: livelihood, tags: [拆迁], organization: other}
      ---
      -- content/practices/draft.md --
      ---
      {title: 草稿, date: 2018-05-02, program: fortress, status: draft}
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
      -- content/pages/about.md --
      ---
      {title: 关于, menu: 1}
      ---
      """;

  private static final String OLD = "content/practices/old.md";

  private static String old(String fields, String body) {
    return "---\n{" + fields + "}\n---\n" + body;
  }

  private static final String OLD_FIELDS =
      "title: 旧案例, date: 2017-05-01, program: fortress, tags: [党建], organization: branch, venues: [hall]";

  /** name, file, its new text (null: deleted), whether the structures may be reused. */
  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of("body only", OLD, old(OLD_FIELDS, "改过的正文，长一些。\n"), true),
        Arguments.of("title", OLD, old(OLD_FIELDS.replace("旧案例", "旧案例改"), "正文。\n"), true),
        Arguments.of("page menu", "content/pages/about.md", "---\n{title: 关于, menu: 2}\n---\n", true),
        Arguments.of("date", OLD, old(OLD_FIELDS.replace("2017-05-01", "2019-05-01"), "正文。\n"), false),
        Arguments.of("date in the future", OLD, old(OLD_FIELDS.replace("2017-05-01", "2030-05-01"), ""), false),
        Arguments.of("tags", OLD, old(OLD_FIELDS.replace("[党建]", "[党建, 拆迁]"), "正文。\n"), false),
        Arguments.of("tag spelling", OLD, old(OLD_FIELDS.replace("[党建]", "[党建, 新 标签]"), "正文。\n"), false),
        Arguments.of("organization", OLD, old(OLD_FIELDS.replace("organization: branch", "organization: other"), ""),
            false),
        Arguments.of("program", OLD, old(OLD_FIELDS.replace("fortress", "development"), ""), false),
        Arguments.of("venue reference", OLD, old(OLD_FIELDS.replace(", venues: [hall]", ""), ""), false),
        Arguments.of("draft flag set", OLD, old(OLD_FIELDS + ", status: draft", ""), false),
        Arguments.of("draft flag removed", "content/practices/draft.md",
            "---\n{title: 草稿, date: 2018-05-02, program: fortress}\n---\n", false),
        Arguments.of("achievement practices", "content/achievements/result.md",
            "---\n{title: 成效, date: 2018-10-01, program: fortress, practices: [old, draft]}\n---\n", false),
        Arguments.of("lesson order", "content/materials/l1.md",
            "---\n{title: 第一课, date: 2018-01-03, kind: course, series: intro, order: 3}\n---\n", false),
        Arguments.of("venue type", "content/venues/hall.yaml", "name: 展览馆\ntype: study-point\norganization: branch\n",
            false),
        Arguments.of("new record", "content/practices/extra.md",
            "---\n{title: 新增, date: 2018-06-01, program: fortress, tags: [党建]}\n---\n", false),
        Arguments.of("deleted record", "content/practices/third.md", null, false),
        Arguments.of("config", "content/site.yaml", TestSite.SITE_YAML.replace("name: 强堡垒", "name: 强堡垒工程"),
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void equalsTheModelBuiltFromScratch(String name, String file, String text, boolean reusable) throws IOException {
    TestSite.write(dir, SITE);
    BuildCache cache = new BuildCache();
    SiteModel before = model(cache, new Diagnostics());
    if (text == null) {
      Files.delete(dir.resolve(file));
    } else {
      TestSite.writeFile(dir.resolve(file), text);
    }
    Diagnostics cached = new Diagnostics();
    SiteModel after = model(cache, cached);
    Diagnostics scratch = new Diagnostics();
    SiteModel fresh = model(BuildCache.oneShot(), scratch);

    assertThat(after).isEqualTo(fresh);
    assertThat(after).isNotEqualTo(before);
    assertThat(cached.sorted()).isEqualTo(scratch.sorted());
    if (reusable) {
      assertThat(after.related()).isSameAs(before.related());
      assertThat(after.taxonomies()).isSameAs(before.taxonomies());
      assertThat(after.learningPaths()).isSameAs(before.learningPaths());
      assertThat(after.backlinks()).isSameAs(before.backlinks());
    } else {
      assertThat(after.related()).isNotSameAs(before.related());
    }
  }

  @Test
  void bodyEditReusesTheRelatedRecordsAndTagEditDoesNot() throws IOException {
    TestSite.write(dir, SITE);
    BuildCache cache = new BuildCache();
    SiteModel first = model(cache, new Diagnostics());
    TestSite.writeFile(dir.resolve(OLD), old(OLD_FIELDS, "新的正文。\n"));
    SiteModel bodyEdited = model(cache, new Diagnostics());
    assertThat(bodyEdited.related()).isSameAs(first.related());
    assertThat(bodyEdited.get(new RecordKey(org.redpress.content.RecordType.PRACTICE, "old")).orElseThrow()
        .meta().body()).contains("新的正文");

    TestSite.writeFile(dir.resolve(OLD), old(OLD_FIELDS.replace("[党建]", "[拆迁]"), "新的正文。\n"));
    SiteModel tagEdited = model(cache, new Diagnostics());
    assertThat(tagEdited.related()).isNotSameAs(bodyEdited.related()).isNotEqualTo(bodyEdited.related());
    assertThat(tagEdited).isEqualTo(model(BuildCache.oneShot(), new Diagnostics()));
  }

  @Test
  void warnsAboutUnpublishedTargetsOnEveryBuild() throws IOException {
    TestSite.write(dir, SITE);
    BuildCache cache = new BuildCache();
    SiteModel first = model(cache, new Diagnostics());
    TestSite.writeFile(dir.resolve(OLD), old(OLD_FIELDS, "又一版正文。\n"));
    Diagnostics second = new Diagnostics();
    SiteModel rebuilt = model(cache, second);
    assertThat(rebuilt.related()).isSameAs(first.related());
    assertThat(second.sorted()).extracting(Diagnostic::code).containsExactly("W-REF-UNPUBLISHED");
  }

  @Test
  void aOneShotCacheKeepsNothing() {
    TestSite.write(dir, SITE);
    BuildCache once = BuildCache.oneShot();
    SiteModel first = model(once, new Diagnostics());
    SiteModel second = model(once, new Diagnostics());
    assertThat(second).isEqualTo(first);
    assertThat(second.related()).isNotSameAs(first.related());
  }

  private SiteModel model(BuildCache cache, Diagnostics diagnostics) {
    PipelineOptions options = PipelineOptions.forProject(dir).withToday(LocalDate.of(2026, 1, 1));
    return new Pipeline(options, Progress.NONE, cache).model(diagnostics)
        .orElseThrow(() -> new AssertionError("content did not load: " + diagnostics.sorted()));
  }
}

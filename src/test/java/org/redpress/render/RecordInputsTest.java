package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.build.BuildCache;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.build.Progress;
import org.redpress.content.Record;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.testing.TestSite;

/** Record pages' inputs kept across plans equal those looked up afresh, and only those are kept. */
class RecordInputsTest {

  @TempDir Path dir;

  private static final String SITE = """
      -- content/organizations/branch.yaml --
      name: 立发桥村党支部
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
      {title: 新案例, date: 2018-05-01, program: fortress, tags: [党建], organization: branch}
      ---
      -- content/practices/far.md --
      ---
      {title: 无关的案例, date: 2016-05-01, program: livelihood, tags: [拆迁]}
      ---
      -- content/achievements/result.md --
      ---
      {title: 成效, date: 2018-10-01, program: fortress, practices: [new]}
      ---
      -- content/pages/about.md --
      ---
      {title: 关于}
      ---
      """;

  private static final String OLD = "content/practices/old.md";

  private final BuildCache cache = new BuildCache();
  private final List<String> lookedUp = new ArrayList<>();

  private SiteModel model() {
    Diagnostics diagnostics = new Diagnostics();
    PipelineOptions options = PipelineOptions.forProject(dir).withToday(LocalDate.of(2026, 1, 1));
    return new Pipeline(options, Progress.NONE, cache).model(diagnostics)
        .orElseThrow(() -> new AssertionError("content did not load: " + diagnostics.sorted()));
  }

  /** What a record page reads, as the plan looks it up: the record, then its related records and reverse links. */
  private static List<Object> inputsIn(SiteModel model, Record r) {
    RecordKey key = RecordKey.of(r);
    return List.of(r,
        model.relatedTo(key).stream().map(k -> model.byKey().get(k)).toList(),
        model.backlinksTo(key).stream().map(k -> model.byKey().get(k)).toList());
  }

  private Function<Record, List<Object>> counted(SiteModel model) {
    return r -> {
      synchronized (lookedUp) {
        lookedUp.add(r.id());
      }
      return inputsIn(model, r);
    };
  }

  private static List<List<Object>> fresh(SiteModel model) {
    return model.records().stream().map(r -> inputsIn(model, r)).toList();
  }

  @Test
  void bodyEditLooksUpOnlyTheEditedRecordAndThePagesThatShowIt() throws IOException {
    TestSite.write(dir, SITE);
    RecordInputs inputs = new RecordInputs(true);
    SiteModel first = model();
    List<List<Object>> before = inputs.of(first, counted(first));
    assertThat(lookedUp).hasSize(first.records().size());

    TestSite.writeFile(dir.resolve(OLD), "---\n{title: 旧案例, date: 2017-05-01, program: fortress, tags: [党建], "
        + "organization: branch, venues: [hall]}\n---\n新的正文。\n");
    SiteModel second = model();
    assertThat(second.related()).isSameAs(first.related());
    lookedUp.clear();
    List<List<Object>> after = inputs.of(second, counted(second));

    Record oldBefore = first.byKey().get(new RecordKey(org.redpress.content.RecordType.PRACTICE, "old"));
    Set<String> readers = new TreeSet<>();
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i).stream().anyMatch(in -> in == oldBefore || in instanceof List<?> l && l.contains(oldBefore))) {
        readers.add(first.records().get(i).id());
      }
    }
    assertThat(readers).contains("old", "hall", "new").doesNotContain("far", "about");
    assertThat(new TreeSet<>(lookedUp)).isEqualTo(readers);
    assertThat(after).isEqualTo(fresh(second));
    assertThat(after.get(second.records().indexOf(second.byKey().get(
        new RecordKey(org.redpress.content.RecordType.PRACTICE, "far"))))).isSameAs(
        before.get(first.records().indexOf(first.byKey().get(
            new RecordKey(org.redpress.content.RecordType.PRACTICE, "far")))));
  }

  @Test
  void structuralEditLooksEverythingUpAgain() throws IOException {
    TestSite.write(dir, SITE);
    RecordInputs inputs = new RecordInputs(true);
    SiteModel first = model();
    inputs.of(first, counted(first));

    TestSite.writeFile(dir.resolve(OLD), "---\n{title: 旧案例, date: 2017-05-01, program: fortress, tags: [拆迁], "
        + "organization: branch, venues: [hall]}\n---\n正文。\n");
    SiteModel second = model();
    lookedUp.clear();
    List<List<Object>> after = inputs.of(second, counted(second));
    assertThat(lookedUp).hasSize(second.records().size());
    assertThat(after).isEqualTo(fresh(second));
  }

  @Test
  void aCacheThatKeepsNothingLooksEverythingUpEachTime() throws IOException {
    TestSite.write(dir, SITE);
    RecordInputs inputs = new RecordInputs(false);
    SiteModel first = model();
    inputs.of(first, counted(first));
    inputs.of(first, counted(first));
    assertThat(lookedUp).hasSize(2 * first.records().size());
  }
}

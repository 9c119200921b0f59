package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

class StaticIndexTest {

  @Test
  void theSameSiteExportsTheSameBytes() {
    List<OutputFile> a = new SearchOutputStep().produce(Sites.fixture(), new Diagnostics());
    List<OutputFile> b = new SearchOutputStep().produce(Sites.fixture(), new Diagnostics());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void everythingButTheEntryFileAndTheEngineLivesUnderOneContentHashedDirectory() {
    List<OutputFile> files = new SearchOutputStep().produce(Sites.fixture(), new Diagnostics());
    assertThat(new SearchOutputStep().name()).isEqualTo("search");
    assertThat(files.get(0).path()).isEqualTo("search/index.json");
    assertThat(files.get(files.size() - 1).path()).isEqualTo(EngineScript.PATH);
    String gen = files.get(0).text().replaceAll("(?s).*\"gen\":\"([0-9a-f]{10})\".*", "$1");
    assertThat(gen).matches("[0-9a-f]{10}");
    assertThat(files.subList(1, files.size() - 1)).allSatisfy(f -> assertThat(f.path()).startsWith("search/" + gen + "/"));
    assertThat(files).extracting(OutputFile::path).contains("search/" + gen + "/f.bin", "search/" + gen + "/s/0.bin",
        "search/" + gen + "/u/0.bin", "search/" + gen + "/d/0.bin");
  }

  @Test
  void theEntryFileIsCompactJsonInTheDocumentedOrder() {
    try (SearchIndex index = SearchIndex.build(SyntheticCorpus.site(40, 3))) {
      String entry = new StaticIndexExporter(index).export().get(0).text();
      assertThat(entry).matches("\\{\"format\":" + StaticIndexExporter.FORMAT + ",\"gen\":\"[0-9a-f]{10}\",\"docs\":\\d+,"
          + "\"k1\":1\\.2,\"b\":0\\.75,\"maxTokens\":\\d+,\"fields\":\\[(\"\\w+\",?){4}\\],"
          + "\"weights\":\\[([0-9.]+,?){4}\\],"
          + "\"main\":\\{\"shards\":\\d+,\"docCount\":\\[(\\d+,?){4}\\],\"sumTtf\":\\[(\\d+,?){4}\\]\\},"
          + "\"uni\":\\{\"shards\":\\d+,\"docCount\":\\[(\\d+,?){4}\\],\"sumTtf\":\\[(\\d+,?){4}\\]\\},"
          + "\"fold\":[01],\"pinyin\":\\d+,\"tags\":[01]}\n");
    }
  }

  @Test
  void theEngineReadsTheFormatTheExporterWrites() {
    assertThat(EngineScript.format(EngineScript.source())).isEqualTo(StaticIndexExporter.FORMAT);
    assertThat(EngineScript.file().text()).isEqualTo(EngineScript.source());
  }

  @Test
  void editingOneRecordGivesNewNames() {
    SearchIndex original = SearchIndex.build(SyntheticCorpus.site(40, 3));
    List<SearchDocument> docs = new java.util.ArrayList<>(original.documents());
    SearchDocument d = docs.get(5);
    docs.set(5, new SearchDocument(d.path(), d.title() + "改", d.tags(), d.summary(), d.body(), d.type(),
        d.program(), d.date(), d.organization(), d.venueType(), d.area()));
    SearchIndex edited = SearchIndex.build(docs, SyntheticCorpus.config());
    String a = new StaticIndexExporter(original).export().get(0).text();
    String b = new StaticIndexExporter(edited).export().get(0).text();
    assertThat(a).isNotEqualTo(b);
    original.close();
    edited.close();
  }

  @Test
  void shardsStaySmallOnALargerSite() {
    try (SearchIndex index = SearchIndex.build(SyntheticCorpus.site(800, 1))) {
      Map<String, List<OutputFile>> byDir = new StaticIndexExporter(index).export().stream()
          .filter(f -> f.path().matches(".*/s/\\d+\\.bin"))
          .collect(Collectors.groupingBy(f -> "s"));
      List<OutputFile> shards = byDir.get("s");
      double mean = shards.stream().mapToInt(OutputFile::size).average().orElseThrow();
      assertThat(shards.size()).isGreaterThan(8);
      assertThat(mean).isLessThan(2.5 * PostingsExport.TARGET_SHARD_BYTES);
    }
  }

  @Test
  void commonTermsGetFilesOfTheirOwnSoTheirShardsStaySmall() {
    try (SearchIndex index = SearchIndex.build(SyntheticCorpus.site(1000, 7))) {
      List<OutputFile> files = new StaticIndexExporter(index).export();
      List<OutputFile> spilled = files.stream().filter(f -> f.path().matches(".*/p/[0-9a-f]{16}\\.bin")).toList();
      assertThat(spilled).as("the parity tests' synthetic corpus has spilled entries").isNotEmpty();
      assertThat(spilled).allSatisfy(f -> assertThat(f.size()).isGreaterThan(PostingsExport.SPILL_BYTES));
      assertThat(files.stream().filter(f -> f.path().matches(".*/[su]/\\d+\\.bin")))
          .allSatisfy(f -> assertThat(f.size()).isLessThan(16 * 1024));
    }
  }
}

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
  void theBuildWithoutALuceneIndexExportsWhatThePreviewExportsFromItsIndex() {
    List<OutputFile> built = new SearchOutputStep().produce(Sites.fixture(), new Diagnostics());
    SearchOutputStep.Export preview = new SearchOutputStep().export(Sites.fixture());
    preview.index().close();
    assertThat(built).isEqualTo(preview.files());
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
          + "\"fold\":[01],\"pinyin\":\\d+,\"tags\":[01],\"common\":\\d+}\n");
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
      List<OutputFile> spilled = files.stream().filter(f -> f.path().matches(".*/p/\\d+\\.bin")).toList();
      assertThat(spilled).as("the parity tests' synthetic corpus has spilled entries").isNotEmpty();
      assertThat(spilled).allSatisfy(f -> assertThat(f.size()).isGreaterThan(PostingsExport.SPILL_BYTES));
      assertThat(files.stream().filter(f -> f.path().matches(".*/[su]/\\d+\\.bin")))
          .allSatisfy(f -> assertThat(f.size()).isLessThan(16 * 1024));
    }
  }

  @Test
  void theCommonTermsTableNamesTheLongestSpilledEntriesWithTheFilesTheirShardsName() {
    try (SearchIndex index = SearchIndex.build(SyntheticCorpus.site(1000, 7))) {
      Map<String, byte[]> files = new StaticIndexExporter(index, 16).export().stream()
          .collect(Collectors.toMap(f -> f.path().replaceFirst("^search/[0-9a-f]{10}/", ""), OutputFile::bytes));
      String entry = new String(files.get("search/index.json"), java.nio.charset.StandardCharsets.UTF_8);
      int mainShards = Integer.parseInt(entry.replaceAll("(?s).*\"main\":\\{\"shards\":(\\d+).*", "$1"));
      int uniShards = Integer.parseInt(entry.replaceAll("(?s).*\"uni\":\\{\"shards\":(\\d+).*", "$1"));
      Reader table = new Reader(files.get("c.bin"));
      List<Map<String, Integer>> groups = List.of(table.terms(), table.terms());
      assertThat(groups.get(0).size() + groups.get(1).size()).isEqualTo(16);
      int smallestListed = Integer.MAX_VALUE;
      for (int g = 0; g < 2; g++) {
        String dir = g == 0 ? "s/" : "u/";
        int shards = g == 0 ? mainShards : uniShards;
        for (var e : groups.get(g).entrySet()) {
          Reader shard = new Reader(files.get(dir + Integer.remainderUnsigned(PostingsExport.fnv1a(e.getKey()), shards) + ".bin"));
          assertThat(shard.spilledFile(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
          smallestListed = Math.min(smallestListed, files.get("p/" + e.getValue() + ".bin").length);
        }
      }
      // Every spilled entry left out of the table is no longer than the shortest one in it.
      int listed = smallestListed;
      long longerLeftOut = files.entrySet().stream()
          .filter(f -> f.getKey().matches("p/\\d+\\.bin") && f.getValue().length > listed)
          .filter(f -> !groups.get(0).containsValue(number(f.getKey())) && !groups.get(1).containsValue(number(f.getKey())))
          .count();
      assertThat(longerLeftOut).isZero();
      assertThat(files.keySet().stream().filter(p -> p.startsWith("p/")).count()).isGreaterThan(16);
    }
  }

  @Test
  void aSiteWhereNoTermSpillsHasNoCommonTermsTableAndItsEntryFileSaysSo() {
    List<OutputFile> files = new SearchOutputStep().produce(Sites.fixture(), new Diagnostics());
    assertThat(files.stream().filter(f -> f.path().matches(".*/p/\\d+\\.bin"))).isEmpty();
    assertThat(files).extracting(OutputFile::path).noneMatch(p -> p.endsWith("/c.bin"));
    assertThat(files.get(0).text()).contains("\"common\":0}");
    try (SearchIndex index = SearchIndex.build(SyntheticCorpus.site(1000, 7))) {
      assertThat(new StaticIndexExporter(index, 16).export().get(0).text()).contains("\"common\":16}");
    }
  }

  private static int number(String path) {
    return Integer.parseInt(path.replaceAll("\\D", ""));
  }

  /** The common-terms table and the shards of the static index (docs/search.md §4). */
  private static final class Reader extends IndexBytes {

    Reader(byte[] b) {
      super(b);
    }

    /** A group of the common-terms table: term to file number. */
    Map<String, Integer> terms() {
      Map<String, Integer> out = new java.util.HashMap<>();
      for (int count = varint(), i = 0; i < count; i++) {
        out.put(string(), varint());
      }
      return out;
    }

    /** The file number of {@code term}'s spilled entry in this shard, or -1 when its entry is in the shard. */
    int spilledFile(String term) {
      for (int count = varint(), i = 0; i < count; i++) {
        String t = string();
        int length = varint();
        if (t.equals(term)) {
          if ((b[p] & 0xFF) != PostingsExport.SPILLED) {
            return -1;
          }
          p++;
          return varint();
        }
        p += length;
      }
      throw new AssertionError(term + " is not in its shard");
    }
  }
}

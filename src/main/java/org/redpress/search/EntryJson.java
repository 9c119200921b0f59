package org.redpress.search;

import java.util.StringJoiner;

/** The entry file {@code search/index.json}: everything the client needs before its first shard. */
final class EntryJson {

  private EntryJson() {}

  static String of(SearchIndex index, String gen, PostingsExport.FieldStats[] main,
      PostingsExport.FieldStats[] uni, int shards, int uniShards) {
    StringJoiner names = new StringJoiner(",", "[", "]");
    SearchFields.TEXT.forEach(f -> names.add("\"" + f + "\""));
    StringJoiner weights = new StringJoiner(",", "[", "]");
    for (float w : index.weights()) {
      weights.add(Float.toString(w));
    }
    return "{\"format\":" + StaticIndexExporter.FORMAT
        + ",\"gen\":\"" + gen + "\""
        + ",\"docs\":" + index.size()
        + ",\"k1\":1.2,\"b\":0.75"
        + ",\"maxTokens\":" + QueryPlan.MAX_TOKENS
        + ",\"fields\":" + names
        + ",\"weights\":" + weights
        + ",\"main\":" + group(main, shards)
        + ",\"uni\":" + group(uni, uniShards)
        + ",\"block\":" + StaticIndexExporter.BLOCK
        + "}\n";
  }

  private static String group(PostingsExport.FieldStats[] stats, int shards) {
    StringJoiner docCount = new StringJoiner(",", "[", "]");
    StringJoiner sum = new StringJoiner(",", "[", "]");
    for (PostingsExport.FieldStats s : stats) {
      docCount.add(Long.toString(s.docCount()));
      sum.add(Long.toString(s.sumTotalTermFreq()));
    }
    return "{\"shards\":" + shards + ",\"docCount\":" + docCount + ",\"sumTtf\":" + sum + "}";
  }
}

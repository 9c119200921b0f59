package org.redpress.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The entry file {@code search/index.json}: everything the client needs before its first shard. */
final class EntryJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EntryJson() {}

  /** Compact JSON, keys in the order docs/search.md lists them, and a final newline. */
  static String of(int docs, float[] fieldWeights, QueryLexicon lexicon, String gen,
      PostingsExport.FieldStats[] main, PostingsExport.FieldStats[] uni, int shards, int uniShards,
      int commonTerms) {
    ObjectNode root = MAPPER.createObjectNode()
        .put("format", StaticIndexExporter.FORMAT)
        .put("gen", gen)
        .put("docs", docs)
        .put("k1", 1.2)
        .put("b", 0.75)
        .put("maxTokens", QueryPlan.MAX_TOKENS);
    SearchFields.TEXT.forEach(root.putArray("fields")::add);
    ArrayNode weights = root.putArray("weights");
    for (float w : fieldWeights) {
      weights.add(w);
    }
    root.set("main", group(main, shards));
    root.set("uni", group(uni, uniShards));
    root.put("fold", lexicon.simplified().isEmpty() ? 0 : 1);
    root.put("pinyin", lexicon.longestKey());
    root.put("tags", lexicon.tags().isEmpty() ? 0 : 1);
    root.put("common", commonTerms);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain nodes always serialises
    }
  }

  private static ObjectNode group(PostingsExport.FieldStats[] stats, int shards) {
    ObjectNode group = MAPPER.createObjectNode().put("shards", shards);
    ArrayNode docCount = group.putArray("docCount");
    ArrayNode sum = group.putArray("sumTtf");
    for (PostingsExport.FieldStats s : stats) {
      docCount.add(s.docCount());
      sum.add(s.sumTotalTermFreq());
    }
    return group;
  }
}

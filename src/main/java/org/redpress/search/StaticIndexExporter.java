package org.redpress.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redpress.config.SiteConfig;
import org.redpress.hashing.Sha256;
import org.redpress.output.OutputFile;

/**
 * Writes the static index of {@code docs/search.md} §4: the entry file, facets, shards, common
 * terms and one hit file per document. Same documents, same bytes.
 */
public final class StaticIndexExporter {

  /** Format of the files; the client refuses others. */
  public static final int FORMAT = 6;

  /**
   * Terms in the common-terms table {@code c.bin}: about 2 KB gzipped at 10,000 records, fetched
   * with the facets by a visit's first query, it saves a request (and a round trip) for each
   * common term of every query.
   */
  static final int COMMON_TERMS = 512;

  private final List<SearchDocument> docs;
  private final float[] weights;
  private final FacetTable facets;
  private final QueryLexicon lexicon;
  private final int commonTerms;

  /** An exporter of what {@code index} holds (the preview's, beside its search API). */
  public StaticIndexExporter(SearchIndex index) {
    this(index, COMMON_TERMS);
  }

  /** Like {@link #StaticIndexExporter(SearchIndex)}, with at most {@code commonTerms} terms in the common-terms table. */
  StaticIndexExporter(SearchIndex index, int commonTerms) {
    this(index.documents(), index.weights(), index.facets(), index.lexicon(), commonTerms);
  }

  private StaticIndexExporter(List<SearchDocument> docs, float[] weights, FacetTable facets,
      QueryLexicon lexicon, int commonTerms) {
    this.docs = List.copyOf(docs);
    this.weights = weights.clone();
    this.facets = facets;
    this.lexicon = lexicon;
    this.commonTerms = commonTerms;
  }

  /**
   * An exporter of {@code docs} (in document number order) with the weights of {@code config},
   * without a Lucene index: a build exports the index but never searches it.
   */
  public static StaticIndexExporter of(List<SearchDocument> docs, SiteConfig config) {
    return new StaticIndexExporter(docs, SearchFields.weights(config.searchWeights()),
        new FacetTable(docs, config), QueryLexicon.of(List.copyOf(docs)), COMMON_TERMS);
  }

  /** All files, paths relative to the site root ({@code search/...}). */
  public List<OutputFile> export() {
    Map<String, byte[]> files = new TreeMap<>();
    SpilledEntries spilled = new SpilledEntries();
    Group main = group(InvertedFields.main(docs), "s/", "n/", SpilledEntries.MAIN, spilled, files);
    Group uni = group(InvertedFields.unigrams(docs), "u/", "nu/", SpilledEntries.UNIGRAM, spilled, files);
    files.putAll(spilled.files());
    // No table on a site without common terms (the bundled one): the client then asks for none.
    int common = spilled.tableSize(commonTerms);
    if (common > 0) {
      files.put("c.bin", spilled.table(commonTerms));
    }
    files.put("f.bin", FacetExport.bytes(facets, docs.size()));
    for (int d = 0; d < docs.size(); d++) {
      files.put("d/" + d + ".bin", hitFile(docs.get(d)));
    }
    lexicon(files, lexicon);
    String gen = generation(files);
    List<OutputFile> out = new ArrayList<>();
    out.add(OutputFile.text("search/index.json",
        EntryJson.of(docs.size(), weights, lexicon, gen, main.stats(), uni.stats(), main.shards(), uni.shards(),
            common)));
    files.forEach((path, bytes) -> out.add(new OutputFile("search/" + gen + "/" + path, bytes)));
    return out;
  }

  /** What the entry file says of a field group: its statistics and its number of shards. */
  private record Group(PostingsExport.FieldStats[] stats, int shards) {}

  /**
   * A field group's shards, spilled entries and norm tables, into {@code files}; its lists are
   * dropped before the next group's are made (at 100,000 records they are hundreds of MB).
   */
  private static Group group(InvertedFields inverted, String shardDir, String normDir, int id,
      SpilledEntries spilled, Map<String, byte[]> files) {
    PostingsExport postings = new PostingsExport(inverted);
    int count = postings.shardCount();
    put(files, shardDir, postings.shards(count, spilled, id));
    for (int f = 0; f < SearchFields.TEXT.size(); f++) {
      files.put(normDir + f + ".bin", inverted.norms(f));
    }
    return new Group(postings.stats(), count);
  }

  /** The query lexicon (§4), each part only when it has something: the client fetches a part only when a query needs it. */
  private static void lexicon(Map<String, byte[]> files, QueryLexicon lexicon) {
    if (!lexicon.simplified().isEmpty()) {
      StringBuilder from = new StringBuilder();
      StringBuilder to = new StringBuilder();
      lexicon.simplified().forEach((t, s) -> {
        from.append(t);
        to.append(s);
      });
      files.put("q/fold.bin", new ByteWriter().string(from.toString()).string(to.toString()).toByteArray());
    }
    if (!lexicon.pinyin().isEmpty()) {
      ByteWriter w = new ByteWriter().varint(lexicon.pinyin().size());
      lexicon.pinyin().forEach((k, v) -> w.string(k).string(v));
      files.put("q/pinyin.bin", w.toByteArray());
    }
    if (!lexicon.tags().isEmpty()) {
      ByteWriter w = new ByteWriter().varint(lexicon.tags().size());
      lexicon.tags().forEach(w::string);
      files.put("q/tags.bin", w.toByteArray());
    }
  }

  /**
   * What a results list shows of one document, in one file: a shown hit costs one request (its
   * HTTP headers weigh about as much as its gzipped text), not a meta block and a text file.
   */
  private static byte[] hitFile(SearchDocument doc) {
    return new ByteWriter().string(doc.path()).string(doc.title())
        .varint(doc.date() == null ? 0 : doc.date().toEpochDay() + 1)
        .string(doc.snippetText()).toByteArray();
  }

  private static void put(Map<String, byte[]> files, String dir, byte[][] shards) {
    for (int i = 0; i < shards.length; i++) {
      files.put(dir + i + ".bin", shards[i]);
    }
  }

  /** Ten hex digits of SHA-256 over every path and its bytes: new content, new names. */
  private static String generation(Map<String, byte[]> files) {
    Sha256 sha = new Sha256();
    // The zero bytes and the length keep one file's end from passing for the next one's start.
    files.forEach((path, bytes) -> sha.update(path).update((byte) 0)
        .update(Integer.toString(bytes.length)).update((byte) 0).update(bytes));
    return sha.hex().substring(0, 10);
  }
}

package org.redpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redpress.hashing.Sha256;
import org.redpress.output.OutputFile;

/**
 * Writes the static index of {@code docs/search.md} §4 from a built {@link SearchIndex}: the
 * entry file, facets, shards and one hit file per document. Same index, same bytes.
 */
public final class StaticIndexExporter {

  /** Format of the files; the client refuses others. */
  public static final int FORMAT = 4;

  private final SearchIndex index;

  public StaticIndexExporter(SearchIndex index) {
    this.index = index;
  }

  /** All files, paths relative to the site root ({@code search/...}). */
  public List<OutputFile> export() {
    try {
      Map<String, byte[]> files = new TreeMap<>();
      PostingsExport main = new PostingsExport(index.leaf(), SearchFields.TEXT);
      PostingsExport uni = new PostingsExport(index.leaf(),
          SearchFields.TEXT.stream().map(SearchFields::unigram).toList());
      int s = main.shardCount();
      int u = uni.shardCount();
      put(files, "s/", main.shards(s, files));
      put(files, "u/", uni.shards(u, files));
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        String field = SearchFields.TEXT.get(f);
        files.put("n/" + f + ".bin", NormExport.bytes(index.leaf(), field));
        files.put("nu/" + f + ".bin", NormExport.bytes(index.leaf(), SearchFields.unigram(field)));
      }
      files.put("f.bin", FacetExport.bytes(index.facets(), index.size()));
      List<SearchDocument> docs = index.documents();
      for (int d = 0; d < docs.size(); d++) {
        files.put("d/" + d + ".bin", hitFile(docs.get(d)));
      }
      lexicon(files, index.lexicon());
      String gen = generation(files);
      List<OutputFile> out = new ArrayList<>();
      out.add(OutputFile.text("search/index.json", EntryJson.of(index, gen, main.stats(), uni.stats(), s, u)));
      files.forEach((path, bytes) -> out.add(new OutputFile("search/" + gen + "/" + path, bytes)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

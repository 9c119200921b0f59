package org.redpress.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;

/**
 * Not a test: the Java half of {@code bench/search-bench.sh}. Builds the bundled site's and a
 * synthetic site's index, prints build time and sizes, and writes each static index with the
 * engine under {@code OUT/<name>/} for the Node half to query.
 */
public final class SearchBench {

  private SearchBench() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    // The bench measures the site as it ships today, so it reads content/ itself (tests use the fixture).
    run("bundled", Sites.load(Path.of("").toAbsolutePath()), out);
    run("synthetic" + synthetic, SyntheticCorpus.site(synthetic, 2024), out);
  }

  private static void run(String name, SiteModel model, Path out) throws IOException {
    long t0 = System.nanoTime();
    List<SearchDocument> docs = SearchDocuments.of(model);
    long t1 = System.nanoTime();
    List<OutputFile> files;
    try (SearchIndex index = SearchIndex.build(docs, model.config())) {
      long t2 = System.nanoTime();
      files = new StaticIndexExporter(index).export();
      long t3 = System.nanoTime();
      long raw = 0;
      long gz = 0;
      for (OutputFile f : files) {
        raw += f.size();
        gz += gzip(f.bytes());
        Path p = out.resolve(name).resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.write(p, f.bytes());
      }
      Path engine = out.resolve(name).resolve(EngineScript.PATH);
      Files.createDirectories(engine.getParent());
      Files.writeString(engine, EngineScript.source());
      System.out.printf("%s: %d records; text extraction %d ms, Lucene index %d ms, export %d ms; "
              + "index %d files, %.1f KB (%.1f KB if gzipped per file)%n",
          name, docs.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), files.size(), raw / 1024.0, gz / 1024.0);
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  static int gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(bytes);
    }
    return b.size();
  }
}

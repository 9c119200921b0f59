package org.redpress.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.redpress.output.OutputFile;

/**
 * Adds {@code x.gz} next to every text file {@code x} (and search shard) that gzip makes smaller,
 * so a server with {@code gzip_static} (or a host that serves pre-compressed files) sends them
 * without compressing on each request. The bytes depend only on the input: no file name and mtime 0 in the header.
 */
public final class Precompressor {

  /**
   * Text formats, and the search index shards ({@code .bin}, mostly UTF-16 terms). Images, fonts
   * and archives are compressed already and are never tried.
   */
  static final Set<String> COMPRESSIBLE =
      Set.of("html", "htm", "css", "js", "mjs", "json", "xml", "txt", "svg", "webmanifest", "map", "bin");

  /**
   * The gzip copy of {@code file} ({@code x.html.gz}), if its format compresses, the copy is
   * smaller, and no file of the site ({@code taken}) already has that name.
   */
  public Optional<OutputFile> gzipCopy(OutputFile file, Set<String> taken) {
    String gzPath = file.path() + ".gz";
    if (!isCompressible(file.path()) || taken.contains(gzPath)) {
      return Optional.empty(); // never replace a file the site itself ships under that name
    }
    byte[] gz = gzip(file.bytes());
    return gz.length < file.size() ? Optional.of(new OutputFile(gzPath, gz)) : Optional.empty();
  }

  static boolean isCompressible(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && COMPRESSIBLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Gzip at the best compression level. GZIPOutputStream always writes the same ten-byte header
   * (no file name, modification time 0), which is what makes the output reproducible.
   */
  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 3 + 32);
    try (OutputStream gz = new BestGzip(bytes)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory streams do not fail
    }
    return bytes.toByteArray();
  }

  /** GZIPOutputStream at level 9: the files are compressed once and served many times. */
  private static final class BestGzip extends GZIPOutputStream {
    BestGzip(OutputStream out) throws IOException {
      super(out, 8192);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}

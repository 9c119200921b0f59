package org.redpress.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redpress.output.OutputFile;

/**
 * The browser search engine ({@code engine.js} beside this class), written into every site at
 * {@link #PATH} with the index it reads: it ships with the jar, not the theme, because it must
 * match the Java analyzer, Lucene's scoring and the index format bit for bit.
 */
public final class EngineScript {

  /** Where the engine lives in a site; the search page's template names this path. */
  public static final String PATH = "search/engine.js";

  private static final Pattern FORMAT = Pattern.compile("\\n  var FORMAT = (\\d+);\\n");

  private EngineScript() {}

  /** The engine as an output file. */
  public static OutputFile file() {
    return OutputFile.text(PATH, source());
  }

  /** The engine's source text. */
  public static String source() {
    try (InputStream in = EngineScript.class.getResourceAsStream("engine.js")) {
      if (in == null) {
        throw new IllegalStateException("engine.js is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index format the engine declares it reads. */
  static int format(String source) {
    Matcher m = FORMAT.matcher(source);
    if (!m.find()) {
      throw new IllegalStateException("engine.js declares no FORMAT");
    }
    return Integer.parseInt(m.group(1));
  }
}

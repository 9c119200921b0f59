package org.redpress.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenCC's traditional-to-simplified character table ({@code TSCharacters.txt}, shipped in the
 * opencc4j jar), reduced to one-to-one pairs of BMP Han characters: the first simplified
 * candidate is taken, which is OpenCC's own choice for a character on its own.
 */
final class TraditionalChars {

  private static final String RESOURCE = "/data/dictionary/TSCharacters.txt";

  private TraditionalChars() {}

  /** Traditional character → simplified character, in code point order. */
  static Map<Character, Character> table() {
    Map<Character, Character> out = new TreeMap<>();
    try (InputStream in = TraditionalChars.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE + " (opencc4j)");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = line.split("[\t ]+");
        if (cols.length >= 2 && cols[0].length() == 1 && cols[1].length() == 1
            && cols[0].charAt(0) != cols[1].charAt(0)
            && ZhTokens.isHan(cols[0].charAt(0)) && ZhTokens.isHan(cols[1].charAt(0))) {
          out.putIfAbsent(cols[0].charAt(0), cols[1].charAt(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

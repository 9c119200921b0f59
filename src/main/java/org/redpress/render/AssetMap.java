package org.redpress.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.hashing.Sha256;
import org.redpress.output.OutputFile;

/**
 * The theme's static files under {@code templates/assets/}, each renamed with a hash of its
 * bytes ({@code site.css} → {@code assets/site.3f2a9c1b.css}) so browsers may cache them for
 * ever; templates find the hashed names through {@link #path}.
 */
final class AssetMap {

  private static final int HASH_CHARS = 8;

  private final Map<String, OutputFile> byLogical;

  private AssetMap(Map<String, OutputFile> byLogical) {
    this.byLogical = Collections.unmodifiableMap(byLogical);
  }

  /** Reads every regular file under {@code assetsDir}; a missing folder gives an empty map. */
  static AssetMap scan(Path assetsDir, String shownDir, Diagnostics diagnostics) {
    Map<String, OutputFile> out = new TreeMap<>();
    if (!Files.isDirectory(assetsDir)) {
      return new AssetMap(out);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(assetsDir)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(files::add);
    } catch (IOException e) {
      diagnostics.error("E-ASSET", SourcePosition.of(shownDir), String.valueOf(e.getMessage()));
      return new AssetMap(out);
    }
    for (Path file : files) {
      String logical = assetsDir.relativize(file).toString().replace('\\', '/');
      if (logical.startsWith(".") || logical.contains("/.")) {
        continue;
      }
      try {
        byte[] bytes = Files.readAllBytes(file);
        out.put(logical, new OutputFile("assets/" + hashedName(logical, bytes), bytes));
      } catch (IOException | IllegalArgumentException e) {
        diagnostics.error("E-ASSET", SourcePosition.of(shownDir + "/" + logical), String.valueOf(e.getMessage()));
      }
    }
    return new AssetMap(out);
  }

  /** The site path of the hashed copy of {@code logical} ("site.css"), if that asset exists. */
  Optional<String> path(String logical) {
    return Optional.ofNullable(byLogical.get(logical)).map(OutputFile::path);
  }

  List<OutputFile> files() {
    return List.copyOf(byLogical.values());
  }

  /** {@code icons/x.svg} → {@code icons/x.1a2b3c4d.svg}; a name without extension gets a suffix. */
  static String hashedName(String logical, byte[] bytes) {
    String hash = Sha256.hex(bytes).substring(0, HASH_CHARS);
    int slash = logical.lastIndexOf('/');
    int dot = logical.lastIndexOf('.');
    if (dot <= slash + 1) {
      return logical + "." + hash;
    }
    return logical.substring(0, dot) + "." + hash + logical.substring(dot);
  }
}

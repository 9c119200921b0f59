package org.redpress.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The digest of the template files a page kind depends on: its own template plus what every
 * page shares (the layout, the partials and the message file). Editing {@code record.ftlh} thus
 * changes only record pages; editing the layout, a partial or a message changes every page.
 */
final class TemplateDigests {

  private final Path dir;
  private final byte[] shared;
  private final Map<String, byte[]> byTemplate = new ConcurrentHashMap<>();
  private final Map<String, String> hexByTemplate = new ConcurrentHashMap<>();

  TemplateDigests(Path dir) {
    this.dir = dir;
    this.shared = digest(sharedFiles(dir));
  }

  /** The digest as hex, made once per template: a page's inputs start with it. */
  String hex(String template) {
    return hexByTemplate.computeIfAbsent(template, t -> java.util.HexFormat.of().formatHex(of(t)));
  }

  byte[] of(String template) {
    return byTemplate.computeIfAbsent(template, t -> {
      MessageDigest md = sha256();
      md.update(shared);
      md.update(digest(List.of(dir.resolve(t))));
      return md.digest();
    });
  }

  private static List<Path> sharedFiles(Path dir) {
    try (Stream<Path> partials = Files.isDirectory(dir.resolve("partials"))
        ? Files.walk(dir.resolve("partials")) : Stream.empty()) {
      return Stream.concat(Stream.of(dir.resolve("layout.ftlh"), dir.resolve(ThemeMessages.FILE)),
              partials.filter(Files::isRegularFile).sorted())
          .toList();
    } catch (IOException e) {
      return List.of(dir.resolve("layout.ftlh"));
    }
  }

  private static byte[] digest(List<Path> files) {
    MessageDigest md = sha256();
    for (Path f : files) {
      md.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      try {
        md.update(Files.readAllBytes(f));
      } catch (IOException e) {
        md.update((byte) 1); // a missing file still gives a distinct, stable digest
      }
    }
    return md.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}

package org.redpress.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.redpress.content.ContentLoader;

/**
 * The preview's parses of record files, by file and the SHA-256 of its bytes: a rebuild after
 * one save still reads every file, but parses only those whose bytes changed. A parse depends on
 * nothing but the file's name and bytes, so reusing it cannot go stale. Only the files the last
 * load read are kept. Used by one rebuild at a time (whose load reads files in parallel).
 */
final class ParsedFiles implements ContentLoader.Parses {

  private record Entry(byte[] digest, ContentLoader.Parsed parsed) {}

  private volatile Map<String, Entry> kept = Map.of();
  private final Map<String, Entry> read = new ConcurrentHashMap<>();

  @Override
  public ContentLoader.Parsed parse(String file, byte[] bytes, Supplier<ContentLoader.Parsed> parse) {
    byte[] digest = sha256(bytes);
    Entry entry = kept.get(file);
    if (entry == null || !Arrays.equals(entry.digest(), digest)) {
      entry = new Entry(digest, parse.get());
    }
    read.put(file, entry);
    return entry.parsed();
  }

  /** A load ended: its files' parses are kept for the next, the rest forgotten. */
  void loaded() {
    kept = Map.copyOf(read);
    read.clear();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

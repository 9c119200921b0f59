package org.redpress.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.redpress.config.SiteConfig;
import org.redpress.diagnostics.Diagnostic;

/**
 * What earlier runs parsed and validated, keyed by file path and the SHA-256 of its bytes, so a
 * rebuild after one edit re-reads every file but parses and validates only the changed ones.
 * The diagnostics of a cached file are kept with it and reported again. Thread-safe; a plain
 * build uses a fresh, empty cache.
 */
public final class ContentCache {

  /** The outcome of parsing one file: the record, if any, and the diagnostics it raised. */
  public record Parsed(Optional<SourceRecord> record, List<Diagnostic> diagnostics) {
    public Parsed {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** The outcome of validating one source record against one configuration. */
  public record Validated(Optional<Record> record, List<Diagnostic> diagnostics) {
    public Validated {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private record ParsedEntry(byte[] digest, Parsed parsed) {}

  private record ValidatedEntry(SourceRecord source, SiteConfig config, Validated validated) {}

  private final Map<String, ParsedEntry> parsed = new ConcurrentHashMap<>();
  private final Map<String, ValidatedEntry> validated = new ConcurrentHashMap<>();

  /** The parse of {@code file} with these bytes: from the cache, or computed and remembered. */
  Parsed parsed(String file, byte[] bytes, Supplier<Parsed> parse) {
    byte[] digest = sha256(bytes);
    ParsedEntry entry = parsed.get(file);
    if (entry != null && Arrays.equals(entry.digest(), digest)) {
      return entry.parsed();
    }
    Parsed result = parse.get();
    parsed.put(file, new ParsedEntry(digest, result));
    return result;
  }

  /**
   * The validation of {@code source} under {@code config}: reused only for the very same parsed
   * record and configuration objects, which the parse cache hands out unchanged.
   */
  public Validated validated(SourceRecord source, SiteConfig config, Supplier<Validated> validate) {
    ValidatedEntry entry = validated.get(source.file());
    if (entry != null && entry.source() == source && entry.config().equals(config)) {
      return entry.validated();
    }
    Validated result = validate.get();
    validated.put(source.file(), new ValidatedEntry(source, config, result));
    return result;
  }

  /** Forgets files that no longer exist. */
  void retainOnly(Collection<String> files) {
    Set<String> keep = new HashSet<>(files);
    parsed.keySet().retainAll(keep);
    validated.keySet().retainAll(keep);
  }

  /** How many files have a cached parse (for tests and statistics). */
  public int size() {
    return parsed.size();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}

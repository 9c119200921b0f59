package org.redpress.serve;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.redpress.config.SiteConfig;
import org.redpress.content.ContentLoader;
import org.redpress.content.SourceRecord;
import org.redpress.hashing.Sha256;

/**
 * The preview's parses of record files, by file and the SHA-256 of its bytes, so a rebuild
 * parses (and validates) only the files whose bytes changed. A parse depends on nothing but the file's name and
 * bytes, so reusing it cannot go stale. When the watcher names what changed, a file it did not
 * name (nor a folder above it) is not even read again; when it names nothing (the first build,
 * an overflow), every file is read and hashed. Only the files the last load read are kept. Used
 * by one rebuild at a time (whose load reads files in parallel).
 */
final class ParsedFiles implements ContentLoader.Parses {

  private record Entry(byte[] digest, ContentLoader.Parsed parsed) {}

  /** A validation, of the parse (by its bytes) this very source record came from. */
  private record Validation(SourceRecord source, ContentLoader.Validated validated) {}

  private final Path projectDir;
  private volatile Map<String, Entry> kept = Map.of();
  private volatile List<String> changed = null;
  private volatile Map<String, Entry> read = new ConcurrentHashMap<>();
  private volatile Map<String, Validation> validations = Map.of();
  private volatile Map<String, Validation> validated = new ConcurrentHashMap<>();
  private SiteConfig validatedUnder;
  private SiteConfig thisLoad;
  private boolean sameConfig;

  /** Parses of the files of the project at {@code projectDir} (the loader names files relative to it). */
  ParsedFiles(Path projectDir) {
    this.projectDir = projectDir.toAbsolutePath().normalize();
  }

  /**
   * The next load follows saves of {@code paths} (absolute; a folder stands for everything under
   * it), and nothing else changed; empty when anything may have changed.
   */
  void nextLoad(Set<Path> paths) {
    List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    // A path the loader would not name relative to the project: read everything rather than guess.
    changed = absolute.isEmpty() || !absolute.stream().allMatch(p -> p.startsWith(projectDir)) ? null
        : absolute.stream().map(p -> projectDir.relativize(p).toString().replace('\\', '/')).toList();
  }

  @Override
  public Optional<ContentLoader.Parsed> unchanged(String file) {
    List<String> saved = changed;
    Entry entry = kept.get(file);
    if (saved == null || entry == null || saved.stream().anyMatch(c -> covers(c, file))) {
      return Optional.empty();
    }
    read.put(file, entry);
    return Optional.of(entry.parsed());
  }

  @Override
  public ContentLoader.Parsed parse(String file, byte[] bytes, Supplier<ContentLoader.Parsed> parse) {
    byte[] digest = Sha256.bytes(bytes);
    Entry entry = kept.get(file);
    if (entry == null || !Arrays.equals(entry.digest(), digest)) {
      entry = new Entry(digest, parse.get());
    }
    read.put(file, entry);
    return entry.parsed();
  }

  /**
   * The validation kept for {@code source} when it is the very parse this keeps for its file (so
   * the same bytes) and {@code config} equals the configuration it was validated under; else
   * {@code validate}'s, kept for the next load.
   */
  @Override
  public ContentLoader.Validated validated(SourceRecord source, SiteConfig config,
      Supplier<ContentLoader.Validated> validate) {
    boolean sameConfig = sameConfigAs(config);
    Validation earlier = validations.get(source.file());
    if (earlier != null && earlier.source() == source && sameConfig) {
      validated.put(source.file(), earlier);
      return earlier.validated();
    }
    Validation now = new Validation(source, validate.get());
    validated.put(source.file(), now);
    return now.validated();
  }

  /** Whether {@code config} (one object for a whole load) equals the one kept validations were made under. */
  private synchronized boolean sameConfigAs(SiteConfig config) {
    if (config != thisLoad) {
      thisLoad = config;
      sameConfig = config.equals(validatedUnder);
    }
    return sameConfig;
  }

  /** A load ended: its files' parses and validations are kept for the next, the rest forgotten. */
  synchronized void loaded() {
    // Handed on, not copied (10,000 entries a save): the next load fills new maps, and nothing
    // writes these again.
    kept = read;
    read = new ConcurrentHashMap<>();
    validations = validated;
    validated = new ConcurrentHashMap<>();
    validatedUnder = thisLoad;
    thisLoad = null;
    changed = null;
  }

  private static boolean covers(String changed, String file) {
    return changed.isEmpty() || file.equals(changed) || file.startsWith(changed + "/");
  }
}

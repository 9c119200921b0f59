package org.redpress.content;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.redpress.config.SiteConfig;
import org.redpress.diagnostics.Diagnostic;

/**
 * What earlier runs parsed and validated, keyed by file path and the SHA-256 of its bytes, so a
 * rebuild after one edit parses and validates only the changed files. A file whose size,
 * modification time and file key are those it had when it was read is not even read again; when
 * they changed, its bytes are read and hashed, and a mere touch still reuses the parse. The
 * diagnostics of a cached file are kept with it and reported again. Thread-safe; a plain build
 * uses a fresh, empty cache.
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

  /**
   * What a stat says about a file: size, modification time and file key (device and inode where
   * the platform has them, else null). Equal stamps are taken to mean equal bytes.
   */
  record Stamp(long size, FileTime modified, Object fileKey) {
    static Stamp of(BasicFileAttributes attributes) {
      return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }
  }

  /** {@code stamp} is null when the file must be read again next time. */
  private record ParsedEntry(byte[] digest, Stamp stamp, Parsed parsed) {
    ParsedEntry withoutStamp() {
      return new ParsedEntry(digest, null, parsed);
    }
  }

  private record ValidatedEntry(SourceRecord source, SiteConfig config, Validated validated) {}

  /** A folder's sorted entries, listed when the folder had {@code stamp} (null: list again). */
  private record Listing(Stamp stamp, List<Path> entries) {}

  private final Map<String, ParsedEntry> parsed = new ConcurrentHashMap<>();
  private final Map<String, ValidatedEntry> validated = new ConcurrentHashMap<>();
  private final Map<Path, Listing> listings = new ConcurrentHashMap<>();
  private final Set<Path> forgotten = ConcurrentHashMap.newKeySet();
  private volatile boolean trustForget;
  private SiteConfig lastConfig;

  /**
   * The parse of {@code file} when a watcher reports every change ({@link #trustForget}) and
   * {@code file} has not been named since it was read with a settled stamp: no stat needed.
   */
  Optional<Parsed> unreported(String file) {
    if (!trustForget) {
      return Optional.empty();
    }
    ParsedEntry entry = parsed.get(file);
    return entry != null && entry.stamp() != null ? Optional.of(entry.parsed()) : Optional.empty();
  }

  /**
   * The entries of {@code folder} as listed before, if the folder's own stamp is the one it had
   * then: adding, removing or renaming an entry changes the folder's modification time.
   */
  Optional<List<Path>> listing(Path folder, Stamp stamp) {
    Listing kept = listings.get(folder);
    return kept != null && kept.stamp() != null && kept.stamp().equals(stamp)
        ? Optional.of(kept.entries())
        : Optional.empty();
  }

  /** Remembers a folder's listing; {@code stamp} null when the folder changed moments ago. */
  void rememberListing(Path folder, Stamp stamp, List<Path> entries) {
    listings.put(folder, new Listing(stamp, List.copyOf(entries)));
  }

  /** The parse of {@code file} if it was read with this very stamp and not forgotten since. */
  Optional<Parsed> unchanged(String file, Stamp stamp) {
    ParsedEntry entry = parsed.get(file);
    return entry != null && entry.stamp() != null && entry.stamp().equals(stamp)
        ? Optional.of(entry.parsed())
        : Optional.empty();
  }

  /**
   * The parse of {@code file} with these bytes: from the cache, or computed and remembered.
   * {@code stamp} is what the file's stat said before it was read, or null when it is not to be
   * trusted next time (a file modified moments ago may change again within the same tick).
   */
  Parsed parsed(String file, byte[] bytes, Stamp stamp, Supplier<Parsed> parse) {
    byte[] digest = sha256(bytes);
    ParsedEntry entry = parsed.get(file);
    if (entry != null && Arrays.equals(entry.digest(), digest)) {
      if (!Objects.equals(entry.stamp(), stamp)) {
        parsed.put(file, new ParsedEntry(digest, stamp, entry.parsed()));
      }
      return entry.parsed();
    }
    Parsed result = parse.get();
    parsed.put(file, new ParsedEntry(digest, stamp, result));
    return result;
  }

  /**
   * Makes the next load read these files again even if their stat looks unchanged (the preview's
   * watcher saw them change; a size-preserving edit can keep the modification time). A folder
   * stands for every file under it. Takes effect at the start of the next load, so it may be
   * called while a build runs.
   */
  public void forget(Collection<Path> paths) {
    paths.forEach(p -> forgotten.add(p.toAbsolutePath().normalize()));
  }

  /**
   * Promises that {@link #forget} will name every file that changes from now on, as the
   * preview's watcher does (an overflow of its events names the whole folder). Loads then take
   * the files not named as unchanged without a stat, so a rebuild's cost follows the edit, not
   * the number of files.
   */
  public void trustForget() {
    trustForget = true;
  }

  /**
   * Drops what was parsed from {@code count} files (any of them), so the next load parses them
   * again into new objects, as after an edit of the same bytes (for the preview's warm-up).
   */
  public void dropParses(int count) {
    Iterator<String> files = parsed.keySet().iterator();
    for (int i = 0; i < count && files.hasNext(); i++) {
      files.next();
      files.remove();
    }
  }

  /** Applies {@link #forget}: drops the stamps of the forgotten files, named as the loader shows them. */
  void distrustForgotten(Function<Path, String> shown) {
    List<String> folders = new ArrayList<>();
    for (Iterator<Path> it = forgotten.iterator(); it.hasNext(); ) {
      String name = shown.apply(it.next());
      it.remove();
      // A saved file is found directly; anything else (a folder, a new or deleted file) by a scan.
      if (parsed.computeIfPresent(name, (file, entry) -> entry.withoutStamp()) == null) {
        folders.add(name);
      }
    }
    if (!folders.isEmpty()) {
      parsed.replaceAll((file, entry) -> entry.stamp() != null && covers(folders, file) ? entry.withoutStamp() : entry);
    }
  }

  private static boolean covers(List<String> names, String file) {
    for (String name : names) {
      if (name.isEmpty() || file.equals(name) || file.startsWith(name + "/")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code config}, or the equal configuration an earlier build used: then {@link #validated}
   * settles the configuration of each record by identity instead of comparing it field by field.
   */
  public synchronized SiteConfig canonical(SiteConfig config) {
    if (!config.equals(lastConfig)) {
      lastConfig = config;
    }
    return lastConfig;
  }

  /**
   * The validation of {@code source} under {@code config}: reused only for the very same parsed
   * record and configuration objects, which the parse cache and {@link #canonical} hand out
   * unchanged.
   */
  public Validated validated(SourceRecord source, SiteConfig config, Supplier<Validated> validate) {
    ValidatedEntry entry = validated.get(source.file());
    if (entry != null && entry.source() == source && entry.config() == config) {
      return entry.validated();
    }
    Validated result = validate.get();
    validated.put(source.file(), new ValidatedEntry(source, config, result));
    return result;
  }

  /**
   * Forgets files that no longer exist; call it with every file the load parsed or took from
   * here, so equal sizes mean nothing is stale. A stale validation is never reused (it is kept
   * for one parsed object) and goes with the next pruning.
   */
  void retainOnly(Collection<String> files) {
    if (parsed.size() > files.size() || validated.size() > files.size()) {
      Set<String> keep = new HashSet<>(files);
      parsed.keySet().retainAll(keep);
      validated.keySet().retainAll(keep);
    }
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

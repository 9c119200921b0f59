package org.redpress.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.redpress.config.SiteConfig;
import org.redpress.config.SiteConfigLoader;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.yaml.YamlMapping;
import org.redpress.yaml.YamlNode;
import org.redpress.yaml.YamlReader;
import org.redpress.yaml.YamlScalar;

/**
 * Walks {@code content/} in a fixed order and loads {@code site.yaml}, every record file and the
 * list of media files. Problems become diagnostics; one bad file never hides the others.
 */
public final class ContentLoader {

  /** Largest record or configuration file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

  /**
   * A file modified this close to (or after) the start of a load is read again next time even if
   * its stat looks the same: a second write within the file system's timestamp granularity would
   * keep size and modification time.
   */
  static final Duration RACY = Duration.ofSeconds(5);

  private final Path projectDir;
  private final Path contentDir;
  private final YamlReader yaml = new YamlReader();
  private final ContentCache cache;

  /** {@code contentDir} is usually {@code projectDir/content}; paths are reported relative to the project. */
  public ContentLoader(Path projectDir, Path contentDir) {
    this(projectDir, contentDir, new ContentCache());
  }

  /** A loader that reuses what {@code cache} parsed in earlier runs for files whose bytes did not change. */
  public ContentLoader(Path projectDir, Path contentDir, ContentCache cache) {
    this.projectDir = projectDir.toAbsolutePath().normalize();
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.cache = cache;
  }

  public Optional<LoadedContent> load(Diagnostics diagnostics) {
    Instant trustedBefore = Instant.now().minus(RACY);
    ContentPaths paths = new ContentPaths(projectDir, contentDir, diagnostics);
    cache.distrustForgotten(paths::display);
    if (!Files.isDirectory(contentDir)) {
      diagnostics.error("E-NO-CONTENT", SourcePosition.of(paths.display(contentDir)));
      return Optional.empty();
    }
    Path siteFile = contentDir.resolve("site.yaml");
    Optional<SiteConfig> config = Optional.empty();
    if (!Files.isRegularFile(siteFile)) {
      diagnostics.error("E-NO-SITE", SourcePosition.of(paths.display(siteFile)));
    } else {
      config =
          readText(siteFile, paths, diagnostics)
              .flatMap(t -> new SiteConfigLoader(yaml).load(t, paths.display(siteFile), diagnostics));
    }
    List<Read> read = new ArrayList<>();
    for (Path entry : paths.list(contentDir)) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".") || name.startsWith("_") || name.equals("site.yaml") || name.equals("media")) {
        continue;
      }
      Optional<RecordType> type = RecordType.byFolder(name);
      if (type.isEmpty() || !Files.isDirectory(entry)) {
        diagnostics.warning("W-IGNORED", SourcePosition.of(paths.display(entry)));
        continue;
      }
      // Files are independent: parse them in parallel, keep them in path order.
      String folder = paths.display(entry);
      listed(entry, paths, trustedBefore).parallelStream()
          .map(file -> loadRecord(type.get(), file, folder, paths, trustedBefore, diagnostics))
          .flatMap(Optional::stream)
          .forEachOrdered(read::add);
    }
    List<SourceRecord> records = new ArrayList<>(read.size());
    for (Read r : read) {
      // A cached parse's diagnostics belong to every build of its file.
      diagnostics.addAll(r.parsed().diagnostics());
      r.parsed().record().ifPresent(records::add);
    }
    // Files that failed to parse keep their entry too: they are not read again until they change.
    cache.retainOnly(read.stream().map(Read::shown).toList());
    TreeSet<String> media = paths.mediaFiles(contentDir.resolve("media"));
    return config.map(c -> new LoadedContent(c, records, media));
  }

  /**
   * The entries of a record folder: kept from the last load while the folder's own stat is
   * unchanged (and was not changing moments before it was listed), else listed now.
   */
  private List<Path> listed(Path folder, ContentPaths paths, Instant trustedBefore) {
    ContentPaths.FileStat stat = paths.stat(folder);
    if (stat.link() || stat.attributes() == null) {
      return paths.list(folder); // which reports what is wrong with it
    }
    ContentCache.Stamp stamp = ContentCache.Stamp.of(stat.attributes());
    Optional<List<Path>> kept = cache.listing(folder, stamp);
    if (kept.isPresent()) {
      return kept.get();
    }
    List<Path> entries = paths.list(folder);
    boolean settled = stat.attributes().lastModifiedTime().toInstant().isBefore(trustedBefore);
    cache.rememberListing(folder, settled ? stamp : null, entries);
    return entries;
  }

  /** A record file's parse, under the name it is shown with. */
  private record Read(String shown, ContentCache.Parsed parsed) {}

  private Optional<Read> loadRecord(RecordType type, Path file, String folder, ContentPaths paths,
      Instant trustedBefore, Diagnostics diagnostics) {
    String name = file.getFileName().toString();
    // As paths.display(file) would show it, without resolving paths for each of many files.
    String shown = folder + "/" + name;
    if (name.startsWith(".") || name.startsWith("_")) {
      return Optional.empty();
    }
    Optional<ContentCache.Parsed> unreported = cache.unreported(shown);
    if (unreported.isPresent()) {
      return Optional.of(new Read(shown, unreported.get()));
    }
    ContentPaths.FileStat stat = paths.stat(file);
    if (stat.isDirectory()) {
      diagnostics.warning("W-IGNORED", SourcePosition.of(shown));
      return Optional.empty();
    }
    boolean markdown = name.endsWith(".md");
    boolean yamlFile = name.endsWith(".yaml") || name.endsWith(".yml");
    if (!markdown && !yamlFile) {
      diagnostics.warning("W-IGNORED", SourcePosition.of(shown));
      return Optional.empty();
    }
    String id = name.substring(0, name.lastIndexOf('.'));
    if (!Ids.isValid(id)) {
      diagnostics.error("E-ID", new SourcePosition(shown, 1, 1), id, Ids.suggest(id));
      return Optional.empty();
    }
    if (!paths.staysInside(file, stat.link())) {
      return Optional.empty();
    }
    if (stat.failure() != null) {
      diagnostics.error("E-IO", SourcePosition.startOf(shown), String.valueOf(stat.failure().getMessage()));
      return Optional.empty();
    }
    long size = stat.attributes().size();
    if (size > MAX_FILE_BYTES) {
      diagnostics.error("E-TOO-LARGE", SourcePosition.startOf(shown), size, MAX_FILE_BYTES);
      return Optional.empty();
    }
    ContentCache.Stamp stamp = ContentCache.Stamp.of(stat.attributes());
    ContentCache.Parsed parsed = cache.unchanged(shown, stamp).orElse(null);
    if (parsed == null) {
      // Stat before read: a write in between leaves a stamp older than the bytes, which is safe.
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        diagnostics.error("E-IO", SourcePosition.startOf(shown), String.valueOf(e.getMessage()));
        return Optional.empty();
      }
      boolean settled = stat.attributes().lastModifiedTime().toInstant().isBefore(trustedBefore);
      parsed = cache.parsed(shown, bytes, settled ? stamp : null, () -> parse(type, id, shown, markdown, bytes));
    }
    return Optional.of(new Read(shown, parsed));
  }

  /** Parses one record file's bytes; pure, so its result can be cached by content. */
  private ContentCache.Parsed parse(RecordType type, String id, String shown, boolean markdown, byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SourceRecord> record = SourceText.decode(bytes, shown, diagnostics)
        .flatMap(text -> parseText(type, id, shown, markdown, text, diagnostics));
    return new ContentCache.Parsed(record, diagnostics.sorted());
  }

  private Optional<SourceRecord> parseText(
      RecordType type, String id, String shown, boolean markdown, String text, Diagnostics diagnostics) {
    if (text.isBlank()) {
      diagnostics.error("E-EMPTY", SourcePosition.startOf(shown));
      return Optional.empty();
    }
    String yamlText = text;
    String body = "";
    int bodyLine = 0;
    int yamlOffset = 0;
    if (markdown) {
      Optional<FrontMatter> split = FrontMatter.split(text, shown, diagnostics);
      if (split.isEmpty()) {
        return Optional.empty();
      }
      yamlText = split.get().yaml();
      body = split.get().body();
      bodyLine = split.get().bodyLine();
      yamlOffset = 1;
    }
    Optional<YamlNode> root = yaml.read(yamlText, shown, yamlOffset, diagnostics);
    if (root.isEmpty() && !diagnostics.hasErrorsFor(shown)) {
      diagnostics.error("E-NOT-MAPPING", new SourcePosition(shown, 1, 1));
    }
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlMapping fields)) {
      diagnostics.error("E-NOT-MAPPING", root.get().at());
      return Optional.empty();
    }
    if (!markdown && fields.get("body").orElse(null) instanceof YamlScalar b) {
      body = b.text();
      bodyLine = b.at().line() + 1;
    }
    return Optional.of(new SourceRecord(type, id, shown, fields, body, bodyLine));
  }

  private Optional<String> readText(Path file, ContentPaths paths, Diagnostics diagnostics) {
    return readBytes(file, paths, diagnostics).flatMap(b -> SourceText.decode(b, paths.display(file), diagnostics));
  }

  private Optional<byte[]> readBytes(Path file, ContentPaths paths, Diagnostics diagnostics) {
    String shown = paths.display(file);
    try {
      if (!paths.staysInside(file)) {
        return Optional.empty();
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        diagnostics.error("E-TOO-LARGE", SourcePosition.startOf(shown), size, MAX_FILE_BYTES);
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      diagnostics.error("E-IO", SourcePosition.startOf(shown), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }
}

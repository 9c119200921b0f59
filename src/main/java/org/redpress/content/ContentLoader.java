package org.redpress.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.redpress.config.SiteConfig;
import org.redpress.config.SiteConfigLoader;
import org.redpress.diagnostics.Diagnostic;
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

  /** One record file's parse: the record, if any, and the diagnostics it raised. */
  public record Parsed(Optional<SourceRecord> record, List<Diagnostic> diagnostics) {
    public Parsed {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** One source record's validation: the record, if valid, and the diagnostics it raised. */
  public record Validated(Optional<Record> record, List<Diagnostic> diagnostics) {
    public Validated {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * How a build gets a record file's parse from its bytes, and a parse's validation: by parsing
   * and validating ({@link #FRESH}), or (the preview) by handing back an earlier parse of the very
   * same bytes of the same file, or of a file that no save has touched since it was read, and
   * that parse's validation under an equal configuration.
   */
  @FunctionalInterface
  public interface Parses {

    /** Always reads and parses. */
    Parses FRESH = (file, bytes, parse) -> parse.get();

    /** The parse of {@code file} with {@code bytes}; {@code parse} computes it. */
    Parsed parse(String file, byte[] bytes, Supplier<Parsed> parse);

    /** The parse of {@code file} if it is known not to have changed, so it need not be read; else empty. */
    default Optional<Parsed> unchanged(String file) {
      return Optional.empty();
    }

    /** The validation of {@code source} (a parse handed out here) under {@code config}; {@code validate} computes it. */
    default Validated validated(SourceRecord source, SiteConfig config, Supplier<Validated> validate) {
      return validate.get();
    }
  }

  private final Path projectDir;
  private final Path contentDir;
  private final YamlReader yaml = new YamlReader();
  private final Parses parses;

  /** {@code contentDir} is usually {@code projectDir/content}; paths are reported relative to the project. */
  public ContentLoader(Path projectDir, Path contentDir) {
    this(projectDir, contentDir, Parses.FRESH);
  }

  /** A loader that gets each record file's parse from {@code parses}. */
  public ContentLoader(Path projectDir, Path contentDir, Parses parses) {
    this.projectDir = projectDir.toAbsolutePath().normalize();
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.parses = parses;
  }

  public Optional<LoadedContent> load(Diagnostics diagnostics) {
    ContentPaths paths = new ContentPaths(projectDir, contentDir, diagnostics);
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
    List<Parsed> read = new ArrayList<>();
    List<String> beside = new ArrayList<>();
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
      List<Path> files = paths.list(entry);
      List<Path> recordFiles = new ArrayList<>(files.size());
      for (Path file : files) {
        if (isBesidePhoto(file, paths)) {
          beside.add(MediaPaths.besideKey(name, file.getFileName().toString()));
        } else {
          recordFiles.add(file);
        }
      }
      recordFiles.parallelStream()
          .map(file -> loadRecord(type.get(), file, folder, paths, diagnostics))
          .flatMap(Optional::stream)
          .forEachOrdered(read::add);
    }
    List<SourceRecord> records = new ArrayList<>(read.size());
    for (Parsed parsed : read) {
      // A reused parse's diagnostics belong to every load of its file.
      diagnostics.addAll(parsed.diagnostics());
      parsed.record().ifPresent(records::add);
    }
    TreeSet<String> media = paths.mediaFiles(contentDir.resolve("media"));
    media.addAll(beside);
    return config.map(c -> new LoadedContent(c, records, media));
  }

  /**
   * A photo beside the records of a folder ({@code practices/visit-1.jpg}): a media file, not a
   * record. One whose link leads out of content/ is reported and left out.
   */
  private static boolean isBesidePhoto(Path file, ContentPaths paths) {
    String name = file.getFileName().toString();
    if (name.startsWith(".") || name.startsWith("_") || !MediaPaths.isBesidePhoto(name)) {
      return false;
    }
    ContentPaths.FileStat stat = paths.stat(file);
    return !stat.isDirectory() && stat.failure() == null && paths.staysInside(file, stat.link());
  }

  private Optional<Parsed> loadRecord(RecordType type, Path file, String folder, ContentPaths paths,
      Diagnostics diagnostics) {
    String name = file.getFileName().toString();
    // As paths.display(file) would show it, without resolving paths for each of many files.
    String shown = folder + "/" + name;
    if (name.startsWith(".") || name.startsWith("_")) {
      return Optional.empty();
    }
    Optional<Parsed> unchanged = parses.unchanged(shown);
    if (unchanged.isPresent()) {
      return unchanged;
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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.error("E-IO", SourcePosition.startOf(shown), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
    return Optional.of(parses.parse(shown, bytes, () -> parse(type, id, shown, markdown, bytes)));
  }

  /** Parses one record file's bytes; pure (the same for the same file and bytes), so a parse can be reused. */
  private Parsed parse(RecordType type, String id, String shown, boolean markdown, byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SourceRecord> record = SourceText.decode(bytes, shown, diagnostics)
        .flatMap(text -> parseText(type, id, shown, markdown, text, diagnostics));
    return new Parsed(record, diagnostics.sorted());
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

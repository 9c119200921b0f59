package org.redpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/architecture.md} true: its package table is the dependency graph of the
 * code, edge for edge, and the libraries each package may use; the graph has no cycle; every
 * package's {@code package-info.java} says the same; nothing keeps static mutable state.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/org/redpress");
  private static final Path DOC = Path.of("docs/architecture.md");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.redpress\\.(\\w+)\\.", Pattern.MULTILINE);
  private static final Pattern ROW =
      Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\| ([^|]*) \\| ([^|]*) \\|$", Pattern.MULTILINE);

  /** The Java package prefix of each library the table may name. */
  private static final Map<String, String> LIBRARIES = Map.ofEntries(
      Map.entry("Jackson", "com.fasterxml.jackson"),
      Map.entry("SnakeYAML", "org.yaml.snakeyaml"),
      Map.entry("flexmark", "com.vladsch.flexmark"),
      Map.entry("jsoup", "org.jsoup"),
      Map.entry("Freemarker", "freemarker"),
      Map.entry("Lucene", "org.apache.lucene"),
      Map.entry("Jetty", "org.eclipse.jetty"),
      Map.entry("picocli", "picocli"),
      Map.entry("pinyin4j", "net.sourceforge.pinyin4j"),
      Map.entry("JNA", "com.sun.jna"),
      Map.entry("ZXing", "com.google.zxing"),
      Map.entry("biweekly", "biweekly"),
      Map.entry("TwelveMonkeys", "com.twelvemonkeys"),
      Map.entry("PDFBox", "org.apache.pdfbox"));

  private static Map<String, Set<String>> mayImport;
  private static Map<String, Set<String>> libraries;

  @BeforeAll
  static void readTheTable() throws IOException {
    mayImport = new LinkedHashMap<>();
    libraries = new LinkedHashMap<>();
    Matcher row = ROW.matcher(Files.readString(DOC));
    while (row.find()) {
      mayImport.put(row.group(1), names(row.group(2)));
      libraries.put(row.group(1), names(row.group(3)));
    }
    assertThat(mayImport).as("package table of %s", DOC).isNotEmpty();
  }

  @Test
  void everyPackageIsInTheTable() throws IOException {
    assertThat(new TreeSet<>(mayImport.keySet())).isEqualTo(packages());
  }

  @Test
  void packagesImportExactlyWhatTheTableSays() throws IOException {
    Map<String, Set<String>> actual = new TreeMap<>();
    List<String> forbidden = new ArrayList<>();
    for (Path file : javaFiles()) {
      String pkg = packageOf(file);
      Matcher m = IMPORT.matcher(Files.readString(file));
      while (m.find()) {
        String used = m.group(1);
        if (used.equals(pkg)) {
          continue;
        }
        actual.computeIfAbsent(pkg, k -> new TreeSet<>()).add(used);
        if (!mayImport.getOrDefault(pkg, Set.of()).contains(used)) {
          forbidden.add(MAIN.relativize(file) + " imports org.redpress." + used);
        }
      }
    }
    assertThat(forbidden).as("imports the table does not allow").isEmpty();
    mayImport.forEach((pkg, allowed) -> assertThat(actual.getOrDefault(pkg, Set.of()))
        .as("%s lists imports the code no longer makes; drop them from the table", pkg)
        .isEqualTo(new TreeSet<>(allowed)));
  }

  @Test
  void librariesAreUsedOnlyWhereTheTableSays() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path file : javaFiles()) {
      String text = Files.readString(file);
      String pkg = packageOf(file);
      LIBRARIES.forEach((library, prefix) -> {
        if (Pattern.compile("^import (?:static )?" + Pattern.quote(prefix) + "\\.", Pattern.MULTILINE)
            .matcher(text).find() && !libraries.getOrDefault(pkg, Set.of()).contains(library)) {
          offenders.add(MAIN.relativize(file) + " uses " + library);
        }
      });
    }
    assertThat(offenders).isEmpty();
    libraries.values().forEach(names -> assertThat(LIBRARIES.keySet()).containsAll(names));
  }

  @Test
  void theGraphHasNoCycle() {
    Set<String> done = new HashSet<>();
    for (String pkg : mayImport.keySet()) {
      assertThat(cycleFrom(pkg, new ArrayList<>(), done)).as("cycle through %s", pkg).isEmpty();
    }
  }

  @Test
  void everyPackageInfoSaysWhatItOwnsAndWhatTheTableSays() throws IOException {
    Pattern mayImportLine = Pattern.compile("May import: ([^.]*)\\.");
    for (String pkg : packages()) {
      Path info = MAIN.resolve(pkg).resolve("package-info.java");
      assertThat(info).as("package-info of %s", pkg).exists();
      String text = Files.readString(info);
      assertThat(text).doesNotContain("TODO");
      Matcher m = mayImportLine.matcher(text.replaceAll("\\s*\\n\\s*\\*\\s*", " "));
      assertThat(m.find()).as("%s says \"May import: …\"", info).isTrue();
      Set<String> said = m.group(1).startsWith("no other") ? Set.of() : names(m.group(1).replaceAll("\\([^)]*\\)", ""));
      assertThat(said).as("what %s says it may import", info).isEqualTo(mayImport.get(pkg));
    }
  }

  @Test
  void noClassKeepsStaticMutableState() throws IOException {
    Pattern staticField = Pattern.compile(
        "^\\s*(?:private |public |protected )?static (?!final)[\\w<>,\\s]+\\s\\w+\\s*[;=]", Pattern.MULTILINE);
    List<String> offenders = new ArrayList<>();
    for (Path file : javaFiles()) {
      Matcher m = staticField.matcher(Files.readString(file));
      if (m.find()) {
        offenders.add(MAIN.relativize(file) + ": " + m.group().strip());
      }
    }
    assertThat(offenders).isEmpty();
  }

  private static List<String> cycleFrom(String pkg, List<String> path, Set<String> done) {
    if (path.contains(pkg)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(pkg), path.size()));
      cycle.add(pkg);
      return cycle;
    }
    if (done.contains(pkg)) {
      return List.of();
    }
    path.add(pkg);
    for (String next : mayImport.getOrDefault(pkg, Set.of())) {
      List<String> cycle = cycleFrom(next, path, done);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    done.add(pkg);
    return List.of();
  }

  /** "diagnostics, yaml" → {diagnostics, yaml}; "—" → {}. */
  private static Set<String> names(String cell) {
    Set<String> out = new TreeSet<>();
    for (String name : cell.split(",")) {
      String n = name.strip();
      if (!n.isEmpty() && !n.equals("—")) {
        out.add(n);
      }
    }
    return out;
  }

  private static Set<String> packages() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      return new TreeSet<>(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList());
    }
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String packageOf(Path file) {
    return MAIN.relativize(file).getName(0).toString();
  }
}

package org.redpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package table of DESIGN.md true: a package imports only the packages listed before
 * it (bottom-up), and every package says what it owns in a {@code package-info.java}.
 */
class ArchitectureTest {

  /** Bottom-up, as in DESIGN.md. */
  private static final List<String> LAYERS = List.of(
      "diagnostics", "yaml", "config", "markdown", "content", "model", "output", "render", "search", "build", "serve",
      "cli");

  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.redpress\\.(\\w+)", Pattern.MULTILINE);
  private static final Path MAIN = Path.of("src/main/java/org/redpress");

  @Test
  void packagesImportOnlyThePackagesBelowThem() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file).getName(0).toString();
        int layer = LAYERS.indexOf(pkg);
        assertThat(layer).as("package %s is in DESIGN.md's table", pkg).isGreaterThanOrEqualTo(0);
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          int used = LAYERS.indexOf(m.group(1));
          if (used > layer) {
            violations.add(MAIN.relativize(file) + " imports org.redpress." + m.group(1));
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPackageDocumentsWhatItOwns() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Path info = dir.resolve("package-info.java");
        assertThat(info).as("package-info of %s", dir.getFileName()).exists();
        assertThat(Files.readString(info)).contains("May import").doesNotContain("TODO");
      }
    }
  }

  @Test
  void noClassKeepsStaticMutableState() throws IOException {
    Pattern staticField = Pattern.compile("^\\s*(?:private |public |protected )?static (?!final)[\\w<>,\\s]+\\s\\w+\\s*[;=]", Pattern.MULTILINE);
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = staticField.matcher(Files.readString(file));
        if (m.find()) {
          offenders.add(MAIN.relativize(file) + ": " + m.group().strip());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }
}

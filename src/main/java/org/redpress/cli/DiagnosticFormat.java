package org.redpress.cli;

import java.util.List;
import java.util.Locale;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One way {@code redpress check --format} reports diagnostics: text, github, gitlab or json. */
interface DiagnosticFormat {

  /** The name on the command line. */
  String name();

  /** The whole output for {@code diagnostics}, already sorted. */
  String render(List<Diagnostic> diagnostics, Messages messages);

  /** Output for programs: the summary line then goes to stderr so that stdout stays parseable. */
  default boolean machineReadable() {
    return true;
  }

  /** The file written when {@code --output} is not given, or null for the console. */
  default String defaultOutput() {
    return null;
  }

  static List<DiagnosticFormat> all() {
    return List.of(new TextFormat(), new GithubFormat(), new GitlabFormat(), new JsonFormat());
  }

  /** Reads {@code --format}; an unknown name is a usage error (exit 2) before anything runs. */
  final class Converter implements ITypeConverter<DiagnosticFormat> {
    @Override
    public DiagnosticFormat convert(String value) {
      String name = value.toLowerCase(Locale.ROOT);
      return all().stream().filter(f -> f.name().equals(name)).findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "expected one of " + String.join(", ", new Names()) + " but was '" + value + "'"));
    }
  }

  /** The names, for picocli's help and completion. */
  final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return all().stream().map(DiagnosticFormat::name).iterator();
    }
  }
}

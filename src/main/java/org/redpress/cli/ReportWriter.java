package org.redpress.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redpress.build.BuildResult;
import org.redpress.build.StageTiming;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Messages;

/**
 * The Markdown report of {@code check --report FILE}, made to be posted as a pull-request
 * comment: the verdict, records per type, every finding grouped by file, and stage timings.
 */
final class ReportWriter {

  private static final char ZERO_WIDTH_SPACE = '\u200b';

  private final Messages messages;

  ReportWriter(Messages messages) {
    this.messages = messages;
  }

  String render(BuildResult result, List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    StringBuilder md = new StringBuilder();
    md.append("## ").append(text("report.title")).append("\n\n");
    md.append(text(errors == 0 ? "report.passed" : "report.failed", errors, warnings)).append("\n\n");
    counts(md, result, diagnostics);
    findings(md, diagnostics);
    timings(md, result.timings());
    return md.toString();
  }

  private void counts(StringBuilder md, BuildResult result, List<Diagnostic> diagnostics) {
    md.append("### ").append(text("report.counts")).append("\n\n");
    md.append("| ").append(text("report.type")).append(" | ").append(text("report.records"))
        .append(" | ").append(text("report.error-files")).append(" | ").append(text("report.warning-files"))
        .append(" |\n|---|---:|---:|---:|\n");
    for (RecordType type : RecordType.values()) {
      long records = result.model().map(m -> m.ofType(type).size()).orElse(0);
      md.append("| ").append(type.chineseName()).append(" (").append(type.key()).append(") | ")
          .append(records).append(" | ")
          .append(filesOf(type, diagnostics, true)).append(" | ")
          .append(filesOf(type, diagnostics, false)).append(" |\n");
    }
    md.append('\n');
  }

  /** Distinct files of one type's folder with at least one error (or warning). */
  private static long filesOf(RecordType type, List<Diagnostic> diagnostics, boolean errors) {
    String folder = "content/" + type.folder() + "/";
    Set<String> files = diagnostics.stream()
        .filter(d -> d.isError() == errors && d.at().file().startsWith(folder))
        .map(d -> d.at().file())
        .collect(Collectors.toSet());
    return files.size();
  }

  private void findings(StringBuilder md, List<Diagnostic> diagnostics) {
    md.append("### ").append(text("report.findings")).append("\n\n");
    if (diagnostics.isEmpty()) {
      md.append(text("report.none")).append("\n\n");
      return;
    }
    Map<String, List<Diagnostic>> byFile = diagnostics.stream()
        .collect(Collectors.groupingBy(d -> d.at().file(), LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
      md.append("#### ").append(escape(file.getKey())).append("\n\n");
      for (Diagnostic d : file.getValue()) {
        md.append("- ").append(messages.severity(d.severity())).append(" `").append(d.code()).append('`');
        position(d).ifPresent(p -> md.append(' ').append(p));
        md.append("：").append(escape(messages.message(d.code(), d.args()))).append('\n');
      }
      md.append('\n');
    }
  }

  private Optional<String> position(Diagnostic d) {
    if (d.at().line() == 0) {
      return Optional.empty();
    }
    return Optional.of(d.at().column() == 0
        ? text("report.at-line", d.at().line())
        : text("report.at-line-col", d.at().line(), d.at().column()));
  }

  private void timings(StringBuilder md, List<StageTiming> timings) {
    md.append("### ").append(text("report.timings")).append("\n\n");
    md.append("| ").append(text("report.stage")).append(" | ").append(text("report.millis")).append(" |\n|---|---:|\n");
    long total = 0;
    for (StageTiming t : timings) {
      md.append("| ").append(t.stage()).append(" | ").append(t.took().toMillis()).append(" |\n");
      total += t.took().toMillis();
    }
    md.append("| ").append(text("report.total")).append(" | ").append(total).append(" |\n");
  }

  /** Numbers go in as strings: MessageFormat would print 1234 as "1,234". */
  private String text(String key, Object... args) {
    Object[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray();
    return messages.format(key, strings);
  }

  /**
   * Editors' text (file names, quoted values) must not turn into Markdown, HTML, links or
   * mentions in the comment: the characters with an inline meaning are backslash-escaped (the
   * text never starts a line, so list and heading markers need no escape), line breaks become
   * spaces, and a zero-width space after {@code @}, {@code :} and in {@code www.} keeps GitHub
   * from making mentions, e-mail links and bare URLs live (escapes do not stop those).
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : Diagnostic.oneLine(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')).toCharArray()) {
      if ("\\`*_[]<>|~&#!".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
      if (c == '@' || c == ':') {
        out.append(ZERO_WIDTH_SPACE);
      }
    }
    return out.toString().replace("www.", "www" + ZERO_WIDTH_SPACE + ".")
        .replace("WWW.", "WWW" + ZERO_WIDTH_SPACE + ".");
  }
}

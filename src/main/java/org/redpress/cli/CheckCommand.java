package org.redpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redpress check}: everything a build does, links and anchors included, but writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check content, templates and links; write nothing.")
public final class CheckCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--drafts", description = "Also check drafts as published.")
  boolean drafts;

  @Option(names = "--future", description = "Also check future-dated records as published.")
  boolean future;

  @Option(names = "--format", converter = DiagnosticFormat.Converter.class,
      completionCandidates = DiagnosticFormat.Names.class, defaultValue = "text",
      description = "How to report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiagnosticFormat format;

  @Option(names = "--output", description = "Write the diagnostics to this file instead of the console "
      + "(gitlab: default " + GitlabFormat.DEFAULT_FILE + "); relative to the project.")
  Path output;

  @Option(names = "--report", description = "Also write a Markdown report (counts, findings by file, timings) "
      + "for a pull-request comment; relative to the project.")
  Path report;

  @Override
  public Integer call() {
    PipelineOptions options = PipelineOptions.forProject(common.project).withPublishing(drafts, future);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics found = new Diagnostics();
    BuildResult result = new Pipeline(options, TerminalProgress.create(common.quiet, err)).check(found);
    Diagnostics reported = strict ? raised(found) : found;
    List<Diagnostic> sorted = reported.sorted();
    Messages messages = common.messages();
    Path project = options.projectDir();
    if (!emit(sorted, messages, project, out, err)) {
      return Main.USAGE;
    }
    if (report != null
        && !write(project.resolve(report), new ReportWriter(messages).render(result, sorted), messages, err)) {
      return Main.USAGE;
    }
    boolean ok = !reported.hasErrors();
    String summary = Summary.line(messages, ok ? "summary.checked" : "summary.failed", result, reported);
    (format.machineReadable() ? err : out).println(summary);
    return ok ? Main.OK : Main.CONTENT_ERRORS;
  }

  /** Prints or writes the findings in the chosen format; false when the output file cannot be written. */
  private boolean emit(List<Diagnostic> sorted, Messages messages, Path project, PrintWriter out, PrintWriter err) {
    String rendered = format.render(sorted, messages);
    Path file = output != null ? output : format.defaultOutput() == null ? null : Path.of(format.defaultOutput());
    if (file == null) {
      (format.machineReadable() ? out : err).print(rendered);
    } else {
      if (!write(project.resolve(file), rendered, messages, err)) {
        return false;
      }
      if (format.machineReadable()) {
        // The findings went to a file: people reading the CI log should still see them.
        err.print(new TextFormat().render(sorted, messages));
      }
    }
    // Findings before the summary line, also when both streams share a terminal.
    out.flush();
    err.flush();
    return true;
  }

  private static Diagnostics raised(Diagnostics found) {
    Diagnostics all = new Diagnostics();
    for (Diagnostic d : found.sorted()) {
      all.add(d.asError());
    }
    return all;
  }

  /** Writes {@code text} to {@code file}; a path that cannot be written is a usage error. */
  private static boolean write(Path file, String text, Messages messages, PrintWriter err) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text);
      return true;
    } catch (IOException e) {
      err.println(messages.format("cli.write-failed", file, String.valueOf(e.getMessage())));
      err.flush();
      return false;
    }
  }
}

package org.redpress.cli;

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

  @Override
  public Integer call() {
    PipelineOptions options = PipelineOptions.forProject(common.project).withPublishing(drafts, future);
    Diagnostics found = new Diagnostics();
    BuildResult result = new Pipeline(options, TerminalProgress.create(common.quiet, spec.commandLine().getErr()))
        .check(found);
    Diagnostics reported = found;
    if (strict) {
      reported = new Diagnostics();
      for (Diagnostic d : found.sorted()) {
        reported.add(d.asError());
      }
    }
    Messages messages = common.messages();
    new DiagnosticPrinter(messages, spec.commandLine().getErr()).print(reported);
    boolean ok = !reported.hasErrors();
    spec.commandLine().getOut().println(Summary.line(messages, ok ? "summary.checked" : "summary.failed",
        result, reported));
    return ok ? Main.OK : Main.CONTENT_ERRORS;
  }
}

package org.redpress.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.config.SiteConfig;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.diagnostics.SourcePosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redpress build}: the full pipeline, writing site/ only when everything succeeded. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into site/.")
public final class BuildCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", description = "Output directory (default: site).")
  Path out;

  @Option(names = "--base-url", description = "Publish under another base URL, e.g. a preview host.")
  String baseUrl;

  @Option(names = "--drafts", description = "Include records with status: draft.")
  boolean drafts;

  @Option(names = "--future", description = "Include records dated in the future.")
  boolean future;

  @Option(names = "--precompress", description = "Also write x.gz next to every text file it makes smaller.")
  boolean precompress;

  @Option(names = "--today", description = "Build as on this day (YYYY-MM-DD, Asia/Shanghai); default SOURCE_DATE_EPOCH, else today.")
  String today;

  @Option(names = "--stats", description = "Print records, pages, wall time, records per second and peak heap.")
  boolean stats;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    PipelineOptions options = PipelineOptions.forProject(common.project).withPublishing(drafts, future)
        .withPrecompress(precompress);
    if (out != null) {
      options = options.withOutDir(common.project.resolve(out));
    }
    Messages messages = common.messages();
    Diagnostics diagnostics = new Diagnostics();
    Optional<java.time.LocalDate> day = BuildDate.of(today, System.getenv("SOURCE_DATE_EPOCH"));
    if (day.isEmpty()) {
      diagnostics.error("E-TODAY", SourcePosition.of(today != null ? "--today" : "SOURCE_DATE_EPOCH"),
          today != null ? today : System.getenv("SOURCE_DATE_EPOCH"));
      new DiagnosticPrinter(messages, spec.commandLine().getErr()).print(diagnostics);
      return Main.USAGE;
    }
    options = options.withToday(day.get());
    if (baseUrl != null) {
      Optional<URI> base = SiteConfig.parseBaseUrl(baseUrl);
      if (base.isEmpty()) {
        // The same rule as site.yaml's baseUrl: a typo here would publish a site of broken links.
        diagnostics.error("E-BASEURL", SourcePosition.of("--base-url"), baseUrl);
        new DiagnosticPrinter(messages, spec.commandLine().getErr()).print(diagnostics);
        return Main.USAGE;
      }
      options = options.withBaseUrl(base.get());
    }
    BuildResult result = new Pipeline(options, TerminalProgress.create(common.quiet, spec.commandLine().getErr()))
        .build(diagnostics);
    new DiagnosticPrinter(messages, spec.commandLine().getErr()).print(diagnostics);
    boolean ok = result.written().isPresent() && !diagnostics.hasErrors();
    spec.commandLine().getOut().println(Summary.line(messages, ok ? "summary.built" : "summary.failed",
        result, diagnostics));
    if (stats) {
      spec.commandLine().getOut().println(BuildStats.line(result, System.nanoTime() - start));
    }
    return ok ? Main.OK : Main.CONTENT_ERRORS;
  }
}

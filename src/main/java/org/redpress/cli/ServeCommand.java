package org.redpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.redpress.build.PipelineOptions;
import org.redpress.build.StageTiming;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.serve.Preview;
import org.redpress.serve.PreviewLog;
import org.redpress.serve.PreviewOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code redpress serve}: builds, serves the site with search, and rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build and preview the site: search API, rebuild on save, live reload in the browser.")
public final class ServeCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free one).")
  int port;

  @Option(names = "--host", defaultValue = PreviewOptions.LOOPBACK,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
  String host;

  @Option(names = "--drafts", description = "Include records with status: draft.")
  boolean drafts;

  @Option(names = "--timings", description = "After each rebuild, print each stage's time.")
  boolean timings;

  @Option(names = "--future", description = "Include records dated in the future.")
  boolean future;

  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    Messages messages = common.messages();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineOptions pipeline = PipelineOptions.forProject(common.project).withPublishing(drafts, future);
    PreviewOptions options = PreviewOptions.of(pipeline).listeningOn(host, port).withMessages(messages);
    quietJettyLogging();
    Preview preview;
    try {
      preview = Preview.start(options, new ConsoleLog(messages, out, err, common.quiet, timings));
    } catch (IOException e) {
      err.println(messages.format("serve.cannot-listen", host + ":" + port, String.valueOf(e.getMessage())));
      return Main.USAGE;
    }
    Thread stop = new Thread(preview::close, "redpress-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println(messages.format("serve.listening", preview.uri().toString()));
    out.flush();
    try {
      preview.join();
    } catch (InterruptedException e) {
      // Interrupted by an embedding program (or a test): stop like Ctrl+C would.
      Thread.currentThread().interrupt();
    } finally {
      preview.close();
      removeHook(stop);
    }
    return Main.OK;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook is running or has run.
    }
  }

  /**
   * Jetty logs through SLF4J, and without a provider SLF4J prints three warning lines on start.
   * The no-op provider ships inside slf4j-api; a user who sets either property keeps control.
   */
  private static void quietJettyLogging() {
    if (System.getProperty("slf4j.provider") == null && System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  /** Prints each rebuild as one line, and the diagnostics of a failed one, as {@code build} does. */
  private static final class ConsoleLog implements PreviewLog {

    private final Messages messages;
    private final PrintWriter out;
    private final PrintWriter err;
    private final DiagnosticPrinter printer;
    private final boolean quiet;
    private final boolean timings;
    private boolean first = true;

    ConsoleLog(Messages messages, PrintWriter out, PrintWriter err, boolean quiet, boolean timings) {
      this.messages = messages;
      this.out = out;
      this.err = err;
      this.printer = new DiagnosticPrinter(messages, err);
      this.quiet = quiet;
      this.timings = timings;
    }

    @Override
    public synchronized void stages(List<StageTiming> stages) {
      if (timings) {
        out.println("  " + stages.stream().map(t -> t.stage() + " " + t.took().toMillis() + " ms")
            .collect(java.util.stream.Collectors.joining(", ")));
        out.flush();
      }
    }

    @Override
    public synchronized void followUpFailed(String problem) {
      err.println(messages.format("serve.follow-up-failed", problem));
      err.flush();
    }

    @Override
    public synchronized void followedUp(Duration took) {
      if (timings) {
        out.println(messages.format("serve.followed-up", seconds(took)));
        out.flush();
      }
    }

    @Override
    public synchronized void rebuilt(int pages, Duration took, List<Diagnostic> warnings) {
      print(warnings);
      if (!quiet || first) {
        out.println(messages.format(first ? "serve.built" : "serve.rebuilt", String.valueOf(pages),
            seconds(took)));
        out.flush();
      }
      first = false;
    }

    @Override
    public synchronized void failed(List<Diagnostic> diagnostics, Duration took) {
      print(diagnostics);
      long errors = diagnostics.stream().filter(Diagnostic::isError).count();
      out.println(messages.format(first ? "serve.first-build-failed" : "serve.rebuild-failed", String.valueOf(errors)));
      out.flush();
      first = false;
    }

    private void print(List<Diagnostic> diagnostics) {
      Diagnostics all = new Diagnostics();
      all.addAll(diagnostics);
      printer.print(all);
    }

    private static String seconds(Duration took) {
      return String.format(Locale.ROOT, "%.2f", took.toMillis() / 1000.0);
    }
  }
}

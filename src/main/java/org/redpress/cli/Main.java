package org.redpress.cli;

import java.io.PrintWriter;
import org.redpress.diagnostics.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code redpress} command and its subcommands. */
@Command(
    name = "redpress",
    mixinStandardHelpOptions = true,
    version = "redpress 0.1.0",
    description = "Builds the red education alliance's site from content/ (records) and templates/.",
    subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, SearchCommand.class,
        ServeCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    String language = HelpText.language(args);
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setResourceBundle(HelpText.bundle(language));
    Messages messages = Messages.forLanguage(language);
    cli.setParameterExceptionHandler(HelpText.usageErrors(messages));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (outOfMemory(e)) {
        // Not a bug to report: the site outgrew the heap the launcher gave it.
        commandLine.getErr().println(messages.format("cli.out-of-memory", Runtime.getRuntime().maxMemory() >> 20));
        return INTERNAL;
      }
      commandLine.getErr().println("redpress: internal error: " + e);
      for (StackTraceElement frame : e.getStackTrace()) {
        commandLine.getErr().println("    at " + frame);
      }
      return INTERNAL;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(messages.format("cli.out-of-memory", Runtime.getRuntime().maxMemory() >> 20));
      return INTERNAL;
    }
  }

  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}

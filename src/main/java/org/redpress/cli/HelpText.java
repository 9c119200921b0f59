package org.redpress.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.redpress.diagnostics.Messages;
import picocli.CommandLine;

/**
 * The command line in the editor's language: picocli's help from {@code help.properties}
 * (Chinese) or {@code help_en.properties}, and usage errors in the words of the message bundle.
 */
final class HelpText {

  private static final String BUNDLE = "org.redpress.cli.help";

  private HelpText() {}

  /**
   * The language {@code args} ask for with {@code --lang}: needed before parsing, since the help
   * and the parser's own errors are produced while parsing.
   */
  static String language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--lang=")) {
        return args[i].substring("--lang=".length());
      }
    }
    return "zh";
  }

  /** The help bundle of {@code language}, never falling back to the JVM's default locale. */
  static ResourceBundle bundle(String language) {
    Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Prints a usage error as one translated line and the command's synopsis; exit code 2. */
  static CommandLine.IParameterExceptionHandler usageErrors(Messages messages) {
    return (e, args) -> {
      CommandLine cli = e.getCommandLine();
      cli.getErr().println(messages.format("usage.error", cli.getCommandSpec().qualifiedName(), describe(e, messages)));
      cli.getErr().print(cli.getHelp().synopsis(0));
      cli.getErr().println(messages.format("usage.more", cli.getCommandSpec().qualifiedName()));
      return Main.USAGE;
    };
  }

  private static String describe(CommandLine.ParameterException e, Messages messages) {
    if (e.getCommandLine().getCommandSpec().userObject() instanceof Main) {
      return messages.format("usage.no-command");
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      return messages.format(first.startsWith("-") ? "usage.unknown-option" : "usage.unexpected", first);
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      String names = m.getMissing().stream()
          .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
          .reduce((a, b) -> a + ", " + b).orElse("");
      return messages.format("usage.missing", names);
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return messages.format("usage.twice", o.getOverwritten().isOption()
          ? ((CommandLine.Model.OptionSpec) o.getOverwritten()).longestName() : o.getOverwritten().paramLabel());
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      String name = e.getArgSpec().isOption()
          ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName() : e.getArgSpec().paramLabel();
      Iterable<String> choices = e.getArgSpec().completionCandidates();
      return choices == null ? messages.format("usage.bad-value", name, e.getValue())
          : messages.format("usage.bad-choice", name, e.getValue(), String.join(", ", choices));
    }
    return messages.isEnglish() ? e.getMessage() : messages.format("usage.unusable");
  }
}

package org.redpress.cli;

import java.nio.file.Path;
import org.redpress.diagnostics.Messages;
import picocli.CommandLine.Option;

/** Options every command shares: the project directory, message language and quiet mode. */
public final class CommonOptions {

  @Option(names = "--project", description = "Project directory (holds content/ and templates/).", defaultValue = ".")
  Path project;

  @Option(names = "--lang", description = "Message language: zh (default) or en.", defaultValue = "zh")
  String lang;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  Messages messages() {
    return Messages.forLanguage(lang);
  }
}

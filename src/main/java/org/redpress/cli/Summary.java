package org.redpress.cli;

import java.util.Locale;
import org.redpress.build.BuildResult;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;

/** The one-line summary that ends every run. */
final class Summary {

  private Summary() {}

  static String line(Messages messages, String key, BuildResult result, Diagnostics diagnostics) {
    return messages.format(key,
        String.valueOf(result.recordCount()),
        String.valueOf(result.pageCount()),
        String.valueOf(diagnostics.errorCount()),
        String.valueOf(diagnostics.warningCount()),
        String.format(Locale.ROOT, "%.2f", result.totalMillis() / 1000.0));
  }
}

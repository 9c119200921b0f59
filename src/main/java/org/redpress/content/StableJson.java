package org.redpress.content;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** Pretty-printed JSON that is byte-identical on every platform (two spaces, {@code \n}). */
public final class StableJson {

  private StableJson() {}

  /** Jackson's default printer would use the system line separator; this one never does. */
  public static DefaultPrettyPrinter printer() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("").withObjectEmptySeparator(""))
        .withObjectIndenter(indent)
        .withArrayIndenter(indent);
  }
}

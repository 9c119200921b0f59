package org.redpress.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.content.Record;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;

/**
 * Finds a record page's link in the record's file: the link as the page has it, or without the
 * site's base path (the page prefixes site paths with it), written after "(" as Markdown writes
 * a link, else anywhere. The file is read only when a link is broken, which is rare. A link the
 * record does not contain came from the theme and stays reported at its page.
 */
public final class RecordLinkSources implements LinkSources {

  private final Map<String, Record> byPage = new HashMap<>();
  private final Path projectDir;
  private final String basePath;

  /** {@code projectDir} is where the records' file names ({@code content/…}) start. */
  public RecordLinkSources(SiteModel model, Path projectDir) {
    this.projectDir = projectDir;
    this.basePath = model.config().basePath();
    model.records().forEach(r -> byPage.put(Links.file(model.path(RecordKey.of(r))), r));
  }

  @Override
  public Optional<SourcePosition> find(String page, String link) {
    Record record = byPage.get(page);
    if (record == null) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(projectDir.resolve(record.meta().file()), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // changed or gone since the build read it: the page is the best place
    }
    String written = link.startsWith(basePath) && !basePath.equals("/") ? "/" + link.substring(basePath.length()) : link;
    for (String candidate : List.of("(" + written, "(" + link, written, link)) {
      int at = text.indexOf(candidate);
      if (at >= 0) {
        return Optional.of(position(record.meta().file(), text, candidate.startsWith("(") ? at + 1 : at));
      }
    }
    return Optional.empty();
  }

  /** 1-based line and column (in characters) of {@code offset}. */
  private static SourcePosition position(String file, String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(file, line, text.codePointCount(lineStart, offset) + 1);
  }
}

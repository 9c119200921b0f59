package org.redpress.content;

import java.util.List;
import java.util.SortedSet;
import org.redpress.config.SiteConfig;

/** Records whose references all resolve, in type then id order, with the media files. */
public record ResolvedContent(SiteConfig config, List<Record> records, SortedSet<String> media) {

  public ResolvedContent {
    records = List.copyOf(records);
  }
}

package org.redpress.content;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.redpress.config.SiteConfig;

/**
 * What {@link ContentLoader} read: the site configuration, the record files in path order, and
 * the paths of the files under {@code content/media/} (relative to that folder) and of the photos
 * beside records ({@code ../practices/visit-1.jpg}, see {@link MediaPaths}).
 */
public record LoadedContent(SiteConfig config, List<SourceRecord> records, SortedSet<String> media) {

  public LoadedContent {
    records = List.copyOf(records);
    media = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(media));
  }
}

package org.redpress.build;

import org.redpress.content.ContentCache;

/**
 * What one pipeline run may reuse from the previous one: parsed and validated files. The
 * preview server keeps one across rebuilds; a plain build starts with an empty one.
 */
public final class BuildCache {

  private final ContentCache content = new ContentCache();

  public ContentCache content() {
    return content;
  }
}

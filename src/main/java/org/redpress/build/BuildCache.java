package org.redpress.build;

import org.redpress.content.ContentCache;
import org.redpress.markdown.MarkdownCache;

/**
 * What one pipeline run may reuse from the previous one: parsed and validated files and rendered
 * Markdown bodies. The
 * preview server keeps one across rebuilds; a plain build starts with an empty one.
 */
public final class BuildCache {

  private final ContentCache content = new ContentCache();
  private final MarkdownCache markdown = new MarkdownCache();

  public ContentCache content() {
    return content;
  }

  /** Rendered Markdown bodies, shared by the pages and the search index. */
  public MarkdownCache markdown() {
    return markdown;
  }
}

package org.redpress.build;

import org.redpress.content.ContentCache;
import org.redpress.markdown.MarkdownCache;
import org.redpress.model.ModelCache;
import org.redpress.render.PageCache;

/**
 * What one pipeline run may reuse from the previous one: parsed and validated files, the model's
 * structures, rendered Markdown bodies and rendered pages. The
 * preview server keeps one across rebuilds; a plain build starts with an empty one.
 */
public final class BuildCache {

  private final ContentCache content = new ContentCache();
  private final MarkdownCache markdown = new MarkdownCache();
  private final PageCache pages;
  private final ModelCache model;

  /** A cache kept across rebuilds: pages are fingerprinted so unchanged ones are reused. */
  public BuildCache() {
    this(new PageCache(), new ModelCache());
  }

  private BuildCache(PageCache pages, ModelCache model) {
    this.pages = pages;
    this.model = model;
  }

  /** For a single build: nothing will be reused, so pages are not fingerprinted. */
  public static BuildCache oneShot() {
    return new BuildCache(PageCache.none(), ModelCache.none());
  }

  public ContentCache content() {
    return content;
  }

  /** Rendered pages with the fingerprints of their inputs. */
  public PageCache pages() {
    return pages;
  }

  /** The previous model's taxonomies, learning paths, related records and reverse links. */
  public ModelCache model() {
    return model;
  }

  /** Rendered Markdown bodies, shared by the pages and the search index. */
  public MarkdownCache markdown() {
    return markdown;
  }
}

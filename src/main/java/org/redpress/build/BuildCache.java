package org.redpress.build;

import org.redpress.content.ContentCache;
import org.redpress.markdown.MarkdownCache;
import org.redpress.render.BodyCache;
import org.redpress.render.LinkScans;
import org.redpress.render.PageCache;

/**
 * What one pipeline run may reuse from the previous one: parsed and validated files, rendered
 * Markdown bodies and records' bodies, rendered pages and the links read from them. The
 * preview server keeps one across rebuilds; a plain build starts with an empty one.
 */
public final class BuildCache {

  private final ContentCache content = new ContentCache();
  private final MarkdownCache markdown = new MarkdownCache();
  private final PageCache pages;
  private final LinkScans links;
  private final BodyCache bodies = new BodyCache();

  /** A cache kept across rebuilds: pages are fingerprinted so unchanged ones are reused. */
  public BuildCache() {
    this(new PageCache(), new LinkScans());
  }

  private BuildCache(PageCache pages, LinkScans links) {
    this.pages = pages;
    this.links = links;
  }

  /** For a single build: nothing will be reused, so pages are not fingerprinted. */
  public static BuildCache oneShot() {
    return new BuildCache(PageCache.none(), LinkScans.none());
  }

  public ContentCache content() {
    return content;
  }

  /** Rendered pages with the fingerprints of their inputs. */
  public PageCache pages() {
    return pages;
  }

  /** Rendered bodies of records, reused while a record is unchanged. */
  public BodyCache bodies() {
    return bodies;
  }

  /** What the link checker read from each page. */
  public LinkScans links() {
    return links;
  }

  /** Rendered Markdown bodies, shared by the pages and the search index. */
  public MarkdownCache markdown() {
    return markdown;
  }
}

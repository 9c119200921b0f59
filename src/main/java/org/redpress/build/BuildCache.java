package org.redpress.build;

import org.redpress.content.ContentCache;
import org.redpress.markdown.MarkdownCache;
import org.redpress.model.ModelCache;
import org.redpress.render.BodyCache;
import org.redpress.render.LinkScans;
import org.redpress.render.PageCache;

/**
 * What one pipeline run may reuse from the previous one: parsed and validated files, the model's
 * structures, rendered Markdown bodies and records' bodies, rendered pages and the links read
 * from them. The preview server keeps one across rebuilds; a plain build starts with an empty one.
 */
public final class BuildCache {

  private final ContentCache content = new ContentCache();
  private final MarkdownCache markdown = new MarkdownCache();
  private final BodyCache bodies = new BodyCache();
  private final PageCache pages;
  private final LinkScans links;
  private final ModelCache model;

  /** A cache kept across rebuilds: pages are fingerprinted so unchanged ones are reused. */
  public BuildCache() {
    this(new PageCache(), new LinkScans(), new ModelCache());
  }

  private BuildCache(PageCache pages, LinkScans links, ModelCache model) {
    this.pages = pages;
    this.links = links;
    this.model = model;
  }

  /** For a single build: nothing will be reused, so pages are not fingerprinted. */
  public static BuildCache oneShot() {
    return new BuildCache(PageCache.none(), LinkScans.none(), ModelCache.none());
  }

  /**
   * Forgets a little of everything: the parse of one file and one rendered page, so the next run
   * parses, validates, renders, scans and checks something anew, as after a save of the same
   * bytes. The preview's warm-up runs use it, so the JIT compiles the paths a save takes.
   */
  public void forgetAFew() {
    content.dropParses(1);
    pages.dropPages(1);
  }

  public ContentCache content() {
    return content;
  }

  /** The previous model's taxonomies, learning paths, related records and reverse links. */
  public ModelCache model() {
    return model;
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

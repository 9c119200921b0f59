package org.redpress.render;

import java.nio.file.Path;
import java.util.List;
import org.redpress.markdown.MarkdownCache;
import org.redpress.output.OutputStep;

/**
 * The render stage as the build runs it: an ordered list of output steps — hashed theme assets,
 * media copies, HTML pages, Atom feeds, the sitemap, robots.txt. Make one per build: the steps
 * share that build's asset map and rendered bodies, and the pages step its own Freemarker
 * configuration.
 */
public final class RenderSteps {

  private final Path templatesDir;
  private final Path contentDir;
  private final MarkdownCache markdown;
  private final PageCache pages;
  private final BodyCache bodies;

  /** {@code templatesDir} is the project's {@code templates/}; media are read from {@code contentDir/media}. */
  public RenderSteps(Path templatesDir, Path contentDir) {
    this(templatesDir, contentDir, new MarkdownCache(), PageCache.none(), new BodyCache());
  }

  /**
   * Steps that render Markdown bodies through {@code markdown}, shared with other steps and
   * builds, and reuse unchanged pages from {@code pages} and unchanged records' bodies from
   * {@code bodies}.
   */
  public RenderSteps(Path templatesDir, Path contentDir, MarkdownCache markdown, PageCache pages, BodyCache bodies) {
    this.templatesDir = templatesDir.toAbsolutePath().normalize();
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.markdown = markdown;
    this.pages = pages;
    this.bodies = bodies;
  }

  /** The steps in the order they run; each returns its files sorted by path. */
  public List<OutputStep> steps() {
    BuildState state = new BuildState(templatesDir, markdown, bodies);
    PagesStep pagesStep = new PagesStep(templatesDir, contentDir, state, this.pages);
    return List.of(
        new AssetsStep(state),
        new MediaStep(contentDir),
        pagesStep,
        new FeedsStep(state),
        new SitemapStep(pagesStep, state, templatesDir),
        new RobotsStep(state));
  }
}

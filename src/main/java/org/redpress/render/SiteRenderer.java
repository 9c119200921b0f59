package org.redpress.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.media.PdfLibrary;
import org.redpress.media.PhotoLibrary;
import org.redpress.media.PhotoLimits;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * Renders the site of one model: every output as the build's ordered steps — hashed theme
 * assets, media copies, HTML pages, Atom feeds, the sitemap, robots.txt — or any one output by
 * its path, as the preview renders what a browser asks for. Both ways run the same steps, so a
 * file is byte for byte the same either way. Made per model (its templates, assets, bodies and
 * page plan go with it); thread-safe.
 */
public final class SiteRenderer {

  private final SiteModel model;
  private final BuildState state;
  private final PagesStep pages;
  private final MediaStep media;
  private final AssetsStep assets;
  private final FeedsStep feeds;
  private final SitemapStep sitemap;
  private final RobotsStep robots;
  private final ShareStep share;
  private final CalendarStep calendar;

  /**
   * A renderer of {@code model} with the templates of {@code templatesDir}, media from {@code
   * contentDir/media}, and Markdown rendered through {@code markdown} (shared with the search
   * index of the same model).
   */
  public SiteRenderer(SiteModel model, Path templatesDir, Path contentDir, MarkdownMemo markdown) {
    Path content = contentDir.toAbsolutePath().normalize();
    this.model = model;
    PhotoLibrary photos = new PhotoLibrary(content.resolve("media"), PhotoLibrary.cacheDirFor(content),
        PhotoLimits.DEFAULT);
    Documents documents = new Documents(
        new PdfLibrary(content.resolve("media"), PhotoLibrary.cacheDirFor(content)), content.resolve("media"));
    this.state = new BuildState(templatesDir.toAbsolutePath().normalize(), model, markdown, photos, documents);
    this.pages = new PagesStep(content, state);
    this.media = new MediaStep(content, photos, documents);
    this.assets = new AssetsStep(state);
    this.feeds = new FeedsStep(state);
    this.sitemap = new SitemapStep(pages, state);
    this.robots = new RobotsStep(state);
    this.share = new ShareStep(pages, state);
    this.calendar = new CalendarStep(state);
  }

  /** The model rendered. */
  public SiteModel model() {
    return model;
  }

  /**
   * Opens the templates, reads the assets and plans the pages, reporting what is wrong with them
   * (a missing templates folder) to {@code diagnostics} before any page is asked for.
   */
  public void prepare(Diagnostics diagnostics) {
    state.templates(diagnostics);
    pages.plan(model, diagnostics);
  }

  /** The steps in the order a build runs them; each returns its files sorted by path. */
  public List<OutputStep> steps() {
    return List.of(assets, media, pages, feeds, calendar, sitemap, robots, share);
  }

  /**
   * The same steps, but the pages step leaves the pages it has not started once {@code stop}
   * says so, so the preview's background render gives way to a save at once (its output is
   * then incomplete, and thrown away).
   */
  public List<OutputStep> steps(BooleanSupplier stop) {
    OutputStep pagesUntilStopped = new OutputStep() {
      @Override
      public String name() {
        return pages.name();
      }

      @Override
      public List<OutputFile> produce(SiteModel m, Diagnostics diagnostics) {
        return pages.produce(m, diagnostics, stop);
      }
    };
    return List.of(assets, media, pagesUntilStopped, feeds, calendar, sitemap, robots, share);
  }

  /**
   * The output at site-relative {@code path} ({@code practices/x/index.html}, {@code feed.xml},
   * {@code assets/site.1a2b3c4d.css}, {@code media/x.jpg}), rendered now; empty when the site has
   * no such file or rendering it failed (which goes to {@code diagnostics}).
   */
  public Optional<OutputFile> file(String path, Diagnostics diagnostics) {
    if (pages.has(path, diagnostics)) {
      return pages.page(path, diagnostics);
    }
    if (path.startsWith("media/")) {
      return media.file(model, path.substring("media/".length()), diagnostics);
    }
    if (PhotoLibrary.isPhoto(path) && path.indexOf('/') > 0) {
      // A variant of a photo beside a record (practices/a.960w.jpg), known as ../practices/a.jpg.
      Optional<OutputFile> beside = media.file(model, "../" + path, diagnostics);
      if (beside.isPresent()) {
        return beside;
      }
    }
    if (path.startsWith("share/") || path.startsWith("icons/") || path.equals(ShareStep.MANIFEST)) {
      return share.file(model, path, diagnostics);
    }
    OutputStep step = path.startsWith("assets/") ? assets
        : path.equals("sitemap.xml") ? sitemap
        : path.equals("robots.txt") ? robots
        : path.endsWith("feed.xml") ? feeds
        : path.endsWith(".ics") ? calendar
        : null;
    if (step == null) {
      return Optional.empty();
    }
    return step.produce(model, diagnostics).stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** Whether the site has an HTML page at {@code path} (without rendering it). */
  public boolean hasPage(String path) {
    return pages.has(path, new Diagnostics());
  }

  /** How many HTML pages the site has. */
  public int pageCount() {
    return pages.plan(model, new Diagnostics()).size();
  }
}

package org.redpress.render;

import java.nio.file.Path;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownCache;
import org.redpress.model.SiteModel;

/**
 * What the render steps of one build share: the hashed asset map and the theme's messages and
 * templates (read once) and the rendered bodies of the model (rendered once, whichever step asks
 * first). Thread-safe.
 */
final class BuildState {

  private final Path templatesDir;
  private final MarkdownCache markdown;
  private final BodyCache bodyCache;
  private AssetMap assets;
  private ThemeMessages messages;
  private Optional<Templates> templates;
  private SiteModel bodiesOf;
  private Bodies bodies;

  BuildState(Path templatesDir, MarkdownCache markdown, BodyCache bodyCache) {
    this.templatesDir = templatesDir;
    this.markdown = markdown;
    this.bodyCache = bodyCache;
  }

  synchronized AssetMap assets(Diagnostics diagnostics) {
    if (assets == null) {
      String shown = (templatesDir.getFileName() == null ? "templates" : templatesDir.getFileName()) + "/assets";
      assets = AssetMap.scan(templatesDir.resolve("assets"), shown, diagnostics);
    }
    return assets;
  }

  /** The theme's words, {@code templates/i18n/zh.yaml}, read once per build. */
  synchronized ThemeMessages messages(Diagnostics diagnostics) {
    if (messages == null) {
      messages = ThemeMessages.load(templatesDir, diagnostics);
    }
    return messages;
  }

  /** The build's Freemarker set-up; empty (reported once) when the folder cannot be read. */
  synchronized Optional<Templates> templates(Diagnostics diagnostics) {
    if (templates == null) {
      templates = Templates.open(templatesDir, messages(diagnostics), diagnostics);
    }
    return templates;
  }

  /** The bodies of {@code model}; a different model (another build) renders afresh. */
  synchronized Bodies bodies(SiteModel model, Diagnostics diagnostics) {
    if (bodiesOf != model) {
      bodies = Bodies.render(model, markdown, bodyCache, diagnostics);
      bodiesOf = model;
    }
    return bodies;
  }

  /** The views of {@code model} with this build's assets and bodies. */
  ViewFactory views(SiteModel model, Diagnostics diagnostics) {
    return new ViewFactory(model, bodies(model, diagnostics), assets(diagnostics), messages(diagnostics));
  }
}

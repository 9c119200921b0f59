package org.redpress.render;

import java.nio.file.Path;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownCache;
import org.redpress.model.SiteModel;

/**
 * What the render steps of one build share: the hashed asset map (read once) and the rendered
 * bodies of the model (rendered once, whichever step asks first). Thread-safe.
 */
final class BuildState {

  private final Path templatesDir;
  private final MarkdownCache markdown;
  private final BodyCache bodyCache;
  private AssetMap assets;
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
    return new ViewFactory(model, bodies(model, diagnostics), assets(diagnostics));
  }
}

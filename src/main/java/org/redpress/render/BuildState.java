package org.redpress.render;

import java.awt.Font;
import java.nio.file.Path;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.markdown.MarkdownMemo;
import org.redpress.media.PhotoLibrary;
import org.redpress.model.SiteModel;

/**
 * What the render steps of one model share — a build's, or one preview generation's: the
 * Freemarker set-up (whose parsed templates its pages share), the hashed asset map, the bodies
 * the theme's words and the views. Each is made once, by whichever step asks first, and goes with
 * the model.
 * Thread-safe.
 */
final class BuildState {

  private final Path templatesDir;
  private final SiteModel model;
  private final Bodies bodies;
  private final Pictures pictures;
  private final Documents documents;
  private Optional<Templates> templates;
  private AssetMap assets;
  private ThemeMessages messages;
  private ViewFactory views;
  private Optional<Font> cardFont;
  private boolean bodiesReported;

  BuildState(Path templatesDir, SiteModel model, MarkdownMemo markdown, PhotoLibrary photos,
      Documents documents) {
    this.templatesDir = templatesDir;
    this.model = model;
    this.pictures = new Pictures(photos, model.media(), new Links(model.config()));
    this.bodies = new Bodies(model, markdown, pictures);
    this.documents = documents;
  }

  SiteModel model() {
    return model;
  }

  /** The templates, opened on first use; empty (reported once) when the folder cannot be read. */
  synchronized Optional<Templates> templates(Diagnostics diagnostics) {
    if (templates == null) {
      templates = Templates.open(templatesDir, messages(diagnostics), diagnostics);
    }
    return templates;
  }

  /** The theme's words, {@code templates/i18n/zh.yaml}, read on first use. */
  synchronized ThemeMessages messages(Diagnostics diagnostics) {
    if (messages == null) {
      messages = ThemeMessages.load(templatesDir, diagnostics);
    }
    return messages;
  }

  /** The theme's card font ({@code templates/fonts/}), loaded on first use; empty (warned once) without one. */
  synchronized Optional<Font> cardFont(Diagnostics diagnostics) {
    if (cardFont == null) {
      cardFont = CardFont.load(templatesDir, diagnostics);
    }
    return cardFont;
  }

  synchronized AssetMap assets(Diagnostics diagnostics) {
    if (assets == null) {
      String shown = (templatesDir.getFileName() == null ? "templates" : templatesDir.getFileName()) + "/assets";
      assets = AssetMap.scan(templatesDir.resolve("assets"), shown, diagnostics);
    }
    return assets;
  }

  /** The views of this state's model (the one {@code model} must be) with its assets and bodies. */
  synchronized ViewFactory views(SiteModel model, Diagnostics diagnostics) {
    if (model != this.model) {
      throw new IllegalArgumentException("render state of another model");
    }
    if (views == null) {
      views = new ViewFactory(model, bodies, assets(diagnostics), messages(diagnostics),
          cardFont(diagnostics).isPresent(), pictures, documents);
    }
    return views;
  }

  /**
   * Renders every body and reports their warnings, once: a build does it before its pages, so
   * every warning is reported whichever pages show the body.
   */
  void renderAllBodies(Diagnostics diagnostics) {
    synchronized (this) {
      if (bodiesReported) {
        return;
      }
      bodiesReported = true;
    }
    bodies.renderAll(diagnostics);
  }
}

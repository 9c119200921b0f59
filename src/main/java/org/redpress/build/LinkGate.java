package org.redpress.build;

import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.OutputFile;
import org.redpress.model.SiteModel;
import org.redpress.render.LinkChecker;

/** Checks every internal link and anchor of the rendered pages before anything is written. */
final class LinkGate {

  private final SiteModel model;

  LinkGate(SiteModel model) {
    this.model = model;
  }

  void check(List<OutputFile> files, Diagnostics diagnostics) {
    new LinkChecker().check(files, model.config().basePath(), diagnostics);
  }
}

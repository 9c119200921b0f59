package org.redpress.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/** {@code robots.txt} through {@code templates/robots.ftl}, given the sitemap's absolute URL. */
final class RobotsStep implements OutputStep {

  /** The template; its root variable is {@code sitemapUrl}. */
  static final String TEMPLATE = "robots.ftl";

  private final BuildState state;

  RobotsStep(BuildState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return "robots";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    Optional<Templates> templates = state.templates(diagnostics);
    String sitemap = new Links(model.config()).absolute("sitemap.xml");
    return templates.flatMap(t -> t.render(TEMPLATE, Map.of("sitemapUrl", sitemap), diagnostics))
        .map(text -> List.of(OutputFile.text("robots.txt", text)))
        .orElse(List.of());
  }
}

package org.redpress.render;

import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/** {@code robots.txt}: everything may be crawled; the sitemap is named with its absolute URL. */
final class RobotsStep implements OutputStep {

  @Override
  public String name() {
    return "robots";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    String sitemap = new Links(model.config()).absolute("sitemap.xml");
    return List.of(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + sitemap + "\n"));
  }
}

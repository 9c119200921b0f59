package org.redpress.render;

import java.util.Comparator;
import java.util.List;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/** Copies {@code templates/assets/} to {@code assets/} under content-hashed names. */
final class AssetsStep implements OutputStep {

  private final BuildState state;

  AssetsStep(BuildState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return "assets";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    return state.assets(diagnostics).files().stream().sorted(Comparator.comparing(OutputFile::path)).toList();
  }
}

package org.redpress.build;

import java.util.List;
import org.redpress.model.OutputStep;

/** The built-in outputs, in the order they run. */
final class StandardSteps {

  private StandardSteps() {}

  static List<OutputStep> of(PipelineOptions options) {
    return List.of();
  }
}

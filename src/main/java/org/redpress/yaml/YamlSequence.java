package org.redpress.yaml;

import java.util.List;
import org.redpress.diagnostics.SourcePosition;

/** A YAML list. */
public record YamlSequence(List<YamlNode> items, SourcePosition at) implements YamlNode {

  public YamlSequence {
    items = List.copyOf(items);
  }

  @Override
  public String kindName() {
    return "list";
  }
}

package org.redpress.yaml;

import org.redpress.diagnostics.SourcePosition;

/** A YAML value with the position of its first character, so diagnostics point at the node. */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {

  SourcePosition at();

  /** What the node is, for messages ("字符串", "列表", …). */
  String kindName();
}

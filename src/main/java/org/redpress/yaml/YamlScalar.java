package org.redpress.yaml;

import org.redpress.diagnostics.SourcePosition;

/**
 * A scalar exactly as written (never converted by YAML 1.1 rules: {@code 0755} stays "0755").
 * {@code kind} records what the parser saw, so a boolean field can insist on true/false.
 */
public record YamlScalar(String text, Kind kind, SourcePosition at) implements YamlNode {

  /** What the YAML parser recognised the scalar as. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  @Override
  public String kindName() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}

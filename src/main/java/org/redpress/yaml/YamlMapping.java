package org.redpress.yaml;

import java.util.List;
import java.util.Optional;
import org.redpress.diagnostics.SourcePosition;

/** A YAML mapping with its keys in file order; keys are unique (the reader rejects duplicates). */
public record YamlMapping(List<Entry> entries, SourcePosition at) implements YamlNode {

  /** One {@code key: value} pair; the key keeps its own position for "unknown field" messages. */
  public record Entry(String key, SourcePosition keyAt, YamlNode value) {}

  public YamlMapping {
    entries = List.copyOf(entries);
  }

  public Optional<YamlNode> get(String key) {
    // A loop, not a stream: every field of every record is looked up here, on every preview save.
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }

  public boolean has(String key) {
    return get(key).isPresent();
  }

  @Override
  public String kindName() {
    return "mapping";
  }
}

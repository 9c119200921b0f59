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
    return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
  }

  public boolean has(String key) {
    return get(key).isPresent();
  }

  @Override
  public String kindName() {
    return "mapping";
  }
}

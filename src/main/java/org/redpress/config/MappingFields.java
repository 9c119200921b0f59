package org.redpress.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Suggestions;
import org.redpress.yaml.YamlMapping;
import org.redpress.yaml.YamlNode;
import org.redpress.yaml.YamlScalar;
import org.redpress.yaml.YamlSequence;

/** Typed reads of the fields of one YAML mapping, reporting wrong or missing values. */
final class MappingFields {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final YamlMapping map;
  private final Diagnostics diagnostics;

  MappingFields(YamlMapping map, Diagnostics diagnostics) {
    this.map = map;
    this.diagnostics = diagnostics;
  }

  void warnUnknown(Collection<String> known) {
    for (YamlMapping.Entry e : map.entries()) {
      if (!known.contains(e.key())) {
        diagnostics.warning("W-FIELD", e.keyAt(), e.key(), Suggestions.didYouMean(e.key(), known));
      }
    }
  }

  String requiredString(String key, int maxLength) {
    if (!map.has(key)) {
      diagnostics.error("E-REQUIRED", map.at(), key);
      return null;
    }
    return optionalString(key, maxLength);
  }

  String optionalString(String key, int maxLength) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || node.get() instanceof YamlScalar s && s.isNull()) {
      return null;
    }
    if (!(node.get() instanceof YamlScalar s)) {
      diagnostics.error("E-TYPE", node.get().at(), key, "string", node.get().kindName());
      return null;
    }
    String text = s.text().strip();
    if (text.codePointCount(0, text.length()) > maxLength) {
      diagnostics.error("E-LENGTH", s.at(), key, maxLength, text.codePointCount(0, text.length()));
      return null;
    }
    return text;
  }

  String requiredKey(String key) {
    String value = requiredString(key, 40);
    if (value != null && !KEY.matcher(value).matches()) {
      diagnostics.error("E-KEY", map.get(key).orElseThrow().at(), key, value);
      return null;
    }
    return value;
  }

  /** An optional absolute http(s) link; anything else (javascript:, a relative path) is an error. */
  String optionalHttpUrl(String key, int maxLength) {
    String value = optionalString(key, maxLength);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    diagnostics.error("E-SITE-URL", map.get(key).orElseThrow().at(), key, value);
    return null;
  }

  int optionalInt(String key, int min, int max, int fallback) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      return fallback;
    }
    if (node.get() instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NUMBER) {
      try {
        int value = Integer.parseInt(s.text().strip());
        if (value >= min && value <= max) {
          return value;
        }
        diagnostics.error("E-RANGE", s.at(), key, min, max, s.text());
        return fallback;
      } catch (NumberFormatException e) {
        // falls through to the type error below
      }
    }
    diagnostics.error("E-TYPE", node.get().at(), key, "integer", node.get().kindName());
    return fallback;
  }

  static Optional<YamlMapping> mapping(YamlMapping map, String key, Diagnostics diagnostics) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlMapping m) {
      return Optional.of(m);
    }
    diagnostics.error("E-TYPE", node.get().at(), key, "mapping", node.get().kindName());
    return Optional.empty();
  }

  /** An optional list of strings, each at most {@code maxLength} characters; empty when absent. */
  List<String> optionalStrings(String key, int maxLength) {
    List<String> out = new ArrayList<>();
    for (YamlNode item : items(map, key, false, diagnostics)) {
      if (!(item instanceof YamlScalar s) || s.isNull()) {
        diagnostics.error("E-TYPE", item.at(), key, "string", item.kindName());
      } else if (s.text().codePointCount(0, s.text().length()) > maxLength) {
        diagnostics.error("E-LENGTH", s.at(), key, maxLength, s.text().codePointCount(0, s.text().length()));
      } else {
        out.add(s.text().strip());
      }
    }
    return out;
  }

  static List<YamlMapping> listOfMappings(
      YamlMapping map, String key, boolean required, Diagnostics diagnostics) {
    List<YamlMapping> out = new ArrayList<>();
    for (YamlNode item : items(map, key, required, diagnostics)) {
      if (item instanceof YamlMapping m) {
        out.add(m);
      } else {
        diagnostics.error("E-TYPE", item.at(), key, "mapping", item.kindName());
      }
    }
    return out;
  }

  /** The items of the list at {@code key}; none (and an error) when it is something else. */
  private static List<YamlNode> items(YamlMapping map, String key, boolean required, Diagnostics diagnostics) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty()) {
      if (required) {
        diagnostics.error("E-REQUIRED", map.at(), key);
      }
      return List.of();
    }
    if (!(node.get() instanceof YamlSequence seq)) {
      diagnostics.error("E-TYPE", node.get().at(), key, "list", node.get().kindName());
      return List.of();
    }
    return seq.items();
  }
}

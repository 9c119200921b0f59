package org.redpress.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.yaml.YamlMapping;
import org.redpress.yaml.YamlNode;
import org.redpress.yaml.YamlReader;
import org.redpress.yaml.YamlScalar;
import org.redpress.yaml.YamlSequence;

/** Reads and checks {@code site.yaml}; every mistake becomes a located diagnostic. */
public final class SiteConfigLoader {

  static final Set<String> TOP_FIELDS =
      Set.of(
          "title", "description", "baseUrl", "language", "pagination", "programs", "venueTypes",
          "series", "footer", "sources", "tags", "search", "videoHosts");
  /** A host name as a browser's address bar shows it: lower case, at least one dot, no port. */
  private static final java.util.regex.Pattern HOST =
      java.util.regex.Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
  private static final Set<String> WEIGHT_FIELDS = Set.of("title", "tags", "summary", "body");

  private final YamlReader yaml;

  public SiteConfigLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  /** {@code text} is the file's content, {@code file} its project-relative path. */
  public Optional<SiteConfig> load(String text, String file, Diagnostics diagnostics) {
    Optional<YamlNode> root = yaml.read(text, file, 0, diagnostics);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlMapping map)) {
      diagnostics.error("E-NOT-MAPPING", root.get().at());
      return Optional.empty();
    }
    MappingFields f = new MappingFields(map, diagnostics);
    f.warnUnknown(TOP_FIELDS);
    String title = f.requiredString("title", 80);
    String description = f.optionalString("description", 300);
    URI baseUrl = baseUrl(f, map, diagnostics);
    String language = Optional.ofNullable(f.optionalString("language", 20)).orElse("zh-CN");
    int pagination = f.optionalInt("pagination", 1, 100, 10);
    List<SiteConfig.Program> programs = programs(map, diagnostics);
    List<SiteConfig.VenueType> venueTypes = venueTypes(map, diagnostics);
    List<SiteConfig.Series> series = series(map, diagnostics);
    SiteConfig.Footer footer = footer(map, diagnostics);
    Map<String, Float> weights = weights(map, diagnostics);
    if (title == null || baseUrl == null || programs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(
            title, description == null ? "" : description, baseUrl, language, pagination,
            programs, venueTypes, series, footer, sources(map, diagnostics), tagPages(map, diagnostics), weights,
            videoHosts(f, map, diagnostics)));
  }

  /** The hosts of video players records may embed ({@code videoHosts: [player.bilibili.com]}); none by default. */
  private static List<String> videoHosts(MappingFields f, YamlMapping map, Diagnostics diagnostics) {
    List<String> hosts = f.optionalStrings("videoHosts", 253);
    List<YamlNode> nodes = map.get("videoHosts").filter(YamlSequence.class::isInstance)
        .map(n -> ((YamlSequence) n).items()).orElse(List.of());
    List<String> out = new ArrayList<>();
    for (String host : hosts) {
      if (HOST.matcher(host).matches()) {
        out.add(host);
        continue;
      }
      SourcePosition at = nodes.stream().filter(n -> n instanceof YamlScalar sc && sc.text().strip().equals(host))
          .map(YamlNode::at).findFirst().orElse(map.at());
      diagnostics.error("E-VIDEO-HOST", at, host);
    }
    return out;
  }

  private static URI baseUrl(MappingFields f, YamlMapping map, Diagnostics diagnostics) {
    String raw = f.requiredString("baseUrl", 300);
    if (raw == null) {
      return null;
    }
    SourcePosition at = map.get("baseUrl").map(YamlNode::at).orElse(map.at());
    Optional<URI> uri = SiteConfig.parseBaseUrl(raw);
    if (uri.isEmpty()) {
      diagnostics.error("E-BASEURL", at, raw);
    }
    return uri.orElse(null);
  }


  private static List<SiteConfig.Program> programs(YamlMapping map, Diagnostics diagnostics) {
    List<SiteConfig.Program> out = new ArrayList<>();
    for (YamlMapping item : MappingFields.listOfMappings(map, "programs", true, diagnostics)) {
      MappingFields f = new MappingFields(item, diagnostics);
      f.warnUnknown(Set.of("key", "name", "title", "description"));
      String key = f.requiredKey("key");
      String name = f.requiredString("name", 20);
      String title = f.optionalString("title", 80);
      String description = f.optionalString("description", 500);
      if (key != null && name != null) {
        out.add(new SiteConfig.Program(key, name, title == null ? name : title, description == null ? "" : description));
      }
    }
    return out;
  }

  private static List<SiteConfig.VenueType> venueTypes(YamlMapping map, Diagnostics diagnostics) {
    List<SiteConfig.VenueType> out = new ArrayList<>();
    for (YamlMapping item : MappingFields.listOfMappings(map, "venueTypes", false, diagnostics)) {
      MappingFields f = new MappingFields(item, diagnostics);
      f.warnUnknown(Set.of("key", "name", "count"));
      String key = f.requiredKey("key");
      String name = f.requiredString("name", 40);
      Integer count = item.has("count") ? f.optionalInt("count", 0, 100_000, 0) : null;
      if (key != null && name != null) {
        out.add(new SiteConfig.VenueType(key, name, count));
      }
    }
    return out;
  }

  private static List<SiteConfig.Series> series(YamlMapping map, Diagnostics diagnostics) {
    List<SiteConfig.Series> out = new ArrayList<>();
    for (YamlMapping item : MappingFields.listOfMappings(map, "series", false, diagnostics)) {
      MappingFields f = new MappingFields(item, diagnostics);
      f.warnUnknown(Set.of("key", "title", "description"));
      String key = f.requiredKey("key");
      String title = f.requiredString("title", 80);
      String description = f.optionalString("description", 500);
      if (key != null && title != null) {
        out.add(new SiteConfig.Series(key, title, description == null ? "" : description));
      }
    }
    return out;
  }

  private static SiteConfig.Footer footer(YamlMapping map, Diagnostics diagnostics) {
    Optional<YamlMapping> footer = MappingFields.mapping(map, "footer", diagnostics);
    if (footer.isEmpty()) {
      return new SiteConfig.Footer("", null, null, null, null, null, null);
    }
    MappingFields f = new MappingFields(footer.get(), diagnostics);
    f.warnUnknown(Set.of("text", "publisher", "address", "phone", "email", "icp", "police"));
    String text = f.optionalString("text", 300);
    return new SiteConfig.Footer(text == null ? "" : text, f.optionalString("publisher", 80),
        f.optionalString("address", 120), f.optionalString("phone", 40), f.optionalString("email", 120),
        f.optionalString("icp", 60), f.optionalString("police", 60));
  }

  private static SiteConfig.TagPages tagPages(YamlMapping map, Diagnostics diagnostics) {
    Optional<YamlMapping> tags = MappingFields.mapping(map, "tags", diagnostics);
    if (tags.isEmpty()) {
      return SiteConfig.TagPages.DEFAULT;
    }
    MappingFields f = new MappingFields(tags.get(), diagnostics);
    f.warnUnknown(Set.of("minRecords", "keep"));
    int min = f.optionalInt("minRecords", 1, 1000, SiteConfig.TagPages.DEFAULT.minRecords());
    return new SiteConfig.TagPages(min, f.optionalStrings("keep", 40));
  }

  private static List<SiteConfig.Source> sources(YamlMapping map, Diagnostics diagnostics) {
    List<SiteConfig.Source> out = new ArrayList<>();
    for (YamlMapping item : MappingFields.listOfMappings(map, "sources", false, diagnostics)) {
      MappingFields f = new MappingFields(item, diagnostics);
      f.warnUnknown(Set.of("key", "title", "author", "publisher", "date", "url"));
      String key = f.requiredKey("key");
      String title = f.requiredString("title", 120);
      if (key != null && title != null) {
        out.add(new SiteConfig.Source(key, title, f.optionalString("author", 80), f.optionalString("publisher", 120),
            f.optionalString("date", 40), f.optionalHttpUrl("url", 500)));
      }
    }
    return out;
  }

  private static Map<String, Float> weights(YamlMapping map, Diagnostics diagnostics) {
    Map<String, Float> weights = new LinkedHashMap<>(Map.of("title", 4f, "tags", 3f, "summary", 2f, "body", 1f));
    Optional<YamlMapping> search = MappingFields.mapping(map, "search", diagnostics);
    if (search.isEmpty()) {
      return weights;
    }
    MappingFields sf = new MappingFields(search.get(), diagnostics);
    sf.warnUnknown(Set.of("weights"));
    Optional<YamlMapping> w = MappingFields.mapping(search.get(), "weights", diagnostics);
    if (w.isPresent()) {
      MappingFields f = new MappingFields(w.get(), diagnostics);
      f.warnUnknown(WEIGHT_FIELDS);
      for (String field : WEIGHT_FIELDS) {
        if (w.get().has(field)) {
          weights.put(field, (float) f.optionalInt(field, 0, 100, weights.get(field).intValue()));
        }
      }
    }
    return weights;
  }
}

package org.redpress.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.redpress.config.SiteConfig;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Suggestions;
import org.redpress.geo.ChinaBounds;
import org.redpress.markdown.UrlPolicy;
import org.redpress.yaml.YamlMapping;
import org.redpress.yaml.YamlNode;
import org.redpress.yaml.YamlScalar;
import org.redpress.yaml.YamlSequence;

/**
 * Checks one YAML mapping against a list of {@link FieldSpec}s and converts each valid field to
 * its Java value (String, LocalDate, Integer, Boolean, Ref, lists and nested maps). Invalid
 * fields are reported and left out; the caller decides whether the record survives.
 */
final class FieldChecker {

  private static final UrlPolicy URLS = new UrlPolicy();

  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATETIME_SHAPE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})");
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private final SiteConfig config;
  private final Diagnostics diagnostics;

  FieldChecker(SiteConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /** The converted values of {@code map}'s known, valid fields, by name. */
  Map<String, Object> check(YamlMapping map, List<FieldSpec> specs) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> names = specs.stream().map(FieldSpec::name).toList();
    for (YamlMapping.Entry e : map.entries()) {
      if (!names.contains(e.key())) {
        diagnostics.warning("W-FIELD", e.keyAt(), e.key(), Suggestions.didYouMean(e.key(), names));
      }
    }
    for (FieldSpec spec : specs) {
      YamlNode node = map.get(spec.name()).orElse(null);
      if (node == null || node instanceof YamlScalar s && s.isNull()) {
        if (spec.required()) {
          diagnostics.error("E-REQUIRED", map.at(), spec.name());
        } else if (spec.kind() == FieldSpec.Kind.ALT) {
          String file = map.get("file").filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).text()).orElse("");
          diagnostics.error("E-PHOTO-ALT", map.at(), file);
        }
        continue;
      }
      Object value = convert(spec, node);
      if (value != null) {
        out.put(spec.name(), value);
      }
    }
    return out;
  }

  private Object convert(FieldSpec spec, YamlNode node) {
    return switch (spec.kind()) {
      case STRING, ALT -> string(spec, node);
      case TEXT -> scalar(spec, node) == null ? null : ((YamlScalar) node).text();
      case DATE -> date(spec, node);
      case INTEGER -> integer(spec, node);
      case NUMBER -> number(spec, node);
      case BOOLEAN -> bool(spec, node);
      case ENUM -> enumValue(spec, node);
      case REF -> ref(spec, node);
      case REF_LIST -> list(spec, node, item -> ref(spec, item));
      case PROGRAM -> program(spec, node);
      case VENUE_TYPE -> venueType(spec, node);
      case CITATIONS -> list(spec, node, item -> citation(spec, item));
      case MEDIA -> media(spec, node);
      case URL -> url(spec, node);
      case VIDEO_EMBED -> videoEmbed(spec, node);
      case TAGS -> list(spec, node, item -> tag(spec, item));
      case KEY -> key(spec, node);
      case OBJECT -> node instanceof YamlMapping m ? check(m, spec.fields()) : typeError(spec, node, "mapping");
      case OBJECT_LIST -> list(spec, node, item -> item instanceof YamlMapping m ? check(m, spec.fields()) : typeError(spec, item, "mapping"));
      case ENUM_LIST -> list(spec, node, item -> enumValue(spec, item));
      case PHONE -> phone(spec, node);
      case HOURS -> hours(spec, node);
      case LOCATION -> location(spec, node);
      case DATETIME -> dateTime(spec, node);
    };
  }

  private LocalDateTime dateTime(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null) {
      return null;
    }
    java.util.regex.Matcher m = DATETIME_SHAPE.matcher(value);
    if (!m.matches()) {
      diagnostics.error("E-DATETIME", node.at(), spec.name(), value);
      return null;
    }
    try {
      return LocalDate.parse(m.group(1), DATE).atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      diagnostics.error("E-DATETIME", node.at(), spec.name(), value);
      return null;
    }
  }

  private String phone(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value != null && !PhoneNumbers.isValid(value)) {
      diagnostics.error("E-PHONE", node.at(), spec.name(), value);
      return null;
    }
    return value;
  }

  private List<TimeRange> hours(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null) {
      return null;
    }
    HoursText.Result result = HoursText.parse(value);
    if (result.problem().isEmpty()) {
      return result.ranges();
    }
    HoursText.Problem problem = result.problem().get();
    if (problem instanceof HoursText.Problem.Unreadable u) {
      diagnostics.error("E-HOURS", node.at(), spec.name(), u.piece());
    } else if (problem instanceof HoursText.Problem.Backwards b) {
      diagnostics.error("E-HOURS-ORDER", node.at(), spec.name(), b.piece());
    } else if (problem instanceof HoursText.Problem.Overlap o) {
      diagnostics.error("E-HOURS-OVERLAP", node.at(), spec.name(), o.first(), o.second());
    }
    return null;
  }

  private Map<String, Object> location(FieldSpec spec, YamlNode node) {
    if (!(node instanceof YamlMapping m)) {
      typeError(spec, node, "mapping");
      return null;
    }
    long before = diagnostics.errorCount();
    Map<String, Object> value = check(m, spec.fields());
    if (diagnostics.errorCount() != before) {
      return null;
    }
    double lat = Double.parseDouble((String) value.get("lat"));
    double lng = Double.parseDouble((String) value.get("lng"));
    if (!ChinaBounds.contains(lat, lng)) {
      diagnostics.error("E-LOCATION-CHINA", m.at(), value.get("lat"), value.get("lng"));
      return null;
    }
    return value;
  }

  private YamlScalar scalar(FieldSpec spec, YamlNode node) {
    if (node instanceof YamlScalar s) {
      return s;
    }
    typeError(spec, node, "string");
    return null;
  }

  private Object typeError(FieldSpec spec, YamlNode node, String expected) {
    diagnostics.error("E-TYPE", node.at(), spec.name(), expected, node.kindName());
    return null;
  }

  private String string(FieldSpec spec, YamlNode node) {
    YamlScalar s = scalar(spec, node);
    if (s == null) {
      return null;
    }
    String text = s.text().strip();
    if (CONTROL.matcher(text).find()) {
      diagnostics.error("E-CONTROL-CHAR", s.at(), spec.name());
      return null;
    }
    if (INVISIBLE.matcher(text).find()) {
      diagnostics.warning("W-INVISIBLE", s.at(), spec.name());
      text = INVISIBLE.matcher(text).replaceAll("");
    }
    if (text.isEmpty() && spec.required()) {
      diagnostics.error("E-REQUIRED", s.at(), spec.name());
      return null;
    }
    if (Placeholders.isPlaceholder(text)) {
      diagnostics.error("E-PLACEHOLDER", s.at(), spec.name(), text);
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (spec.maxLength() > 0 && length > spec.maxLength()) {
      diagnostics.error("E-LENGTH", s.at(), spec.name(), spec.maxLength(), length);
      return null;
    }
    return text;
  }

  private String tag(FieldSpec spec, YamlNode node) {
    String tag = string(spec, node);
    if (tag != null && tag.isEmpty()) {
      diagnostics.error("E-REQUIRED", node.at(), spec.name());
      return null;
    }
    return tag;
  }

  private LocalDate date(FieldSpec spec, YamlNode node) {
    YamlScalar s = scalar(spec, node);
    if (s == null) {
      return null;
    }
    String text = s.text().strip();
    if (!DATE_SHAPE.matcher(text).matches()) {
      diagnostics.error("E-DATE", s.at(), text);
      return null;
    }
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      diagnostics.error("E-DATE-INVALID", s.at(), text);
      return null;
    }
  }

  private Integer integer(FieldSpec spec, YamlNode node) {
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NUMBER) {
      try {
        long value = Long.parseLong(s.text().strip());
        if (value < spec.min() || value > spec.max()) {
          diagnostics.error("E-RANGE", s.at(), spec.name(), spec.min(), spec.max(), s.text());
          return null;
        }
        return (int) value;
      } catch (NumberFormatException e) {
        // reported as a type error below
      }
    }
    return (Integer) typeError(spec, node, "integer");
  }

  private String number(FieldSpec spec, YamlNode node) {
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NUMBER) {
      try {
        BigDecimal value = new BigDecimal(s.text().strip());
        if (spec.min() != Long.MIN_VALUE
            && (value.compareTo(BigDecimal.valueOf(spec.min())) < 0
                || value.compareTo(BigDecimal.valueOf(spec.max())) > 0)) {
          diagnostics.error("E-RANGE", s.at(), spec.name(), spec.min(), spec.max(), s.text());
          return null;
        }
        return s.text().strip();
      } catch (NumberFormatException e) {
        // reported as a type error below
      }
    }
    return (String) typeError(spec, node, "number");
  }

  private Boolean bool(FieldSpec spec, YamlNode node) {
    // YAML 1.1 also reads yes/no/on/off as booleans; only true and false are unambiguous.
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
      String text = s.text().strip().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return Boolean.parseBoolean(text);
      }
    }
    return (Boolean) typeError(spec, node, "true/false");
  }

  private String enumValue(FieldSpec spec, YamlNode node) {
    String written = string(spec, node);
    if (written == null) {
      return null;
    }
    String value = spec.valueOf(written.strip());
    if (value == null) {
      diagnostics.error("E-ENUM", node.at(), spec.name(), written, choices(spec));
    }
    return value;
  }

  /** "article（文章）, video（视频）": each value with the words that also stand for it. */
  private static String choices(FieldSpec spec) {
    List<String> out = new ArrayList<>();
    for (String value : spec.values()) {
      List<String> words = spec.aliases().entrySet().stream()
          .filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).toList();
      out.add(words.isEmpty() ? value : value + "（" + String.join("、", words) + "）");
    }
    return String.join(", ", out);
  }

  private Ref ref(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null) {
      return null;
    }
    if (!Ids.isValid(value)) {
      diagnostics.error("E-REF-ID", node.at(), spec.name(), value);
      return null;
    }
    return new Ref(value, node.at());
  }

  private String key(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value != null && !KEY.matcher(value).matches()) {
      diagnostics.error("E-KEY", node.at(), spec.name(), value);
      return null;
    }
    return value;
  }

  private String program(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null) {
      return null;
    }
    return config.program(value).map(SiteConfig.Program::key).orElseGet(() -> {
      List<String> options = new ArrayList<>();
      config.programs().forEach(p -> { options.add(p.key()); options.add(p.name()); });
      diagnostics.error("E-PROGRAM", node.at(), value, String.join(" / ", options));
      return null;
    });
  }

  private String venueType(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null) {
      return null;
    }
    if (config.venueType(value).isPresent()) {
      return value;
    }
    List<String> keys = config.venueTypes().stream().map(SiteConfig.VenueType::key).toList();
    diagnostics.error("E-VENUE-TYPE", node.at(), value, String.join(", ", keys));
    return null;
  }

  private String citation(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null || config.source(value).isPresent()) {
      return value;
    }
    List<String> keys = config.sources().stream().map(SiteConfig.Source::key).toList();
    diagnostics.error("E-CITE", node.at(), value, keys.isEmpty() ? "（无）" : String.join(", ", keys));
    return null;
  }

  private Ref media(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null) {
      return null;
    }
    if (MediaPaths.escapes(value)) {
      diagnostics.error("E-PATH-ESCAPE", node.at(), spec.name(), value);
      return null;
    }
    if (!MediaPaths.isSafe(value)) {
      diagnostics.error("E-PATH", node.at(), spec.name(), value);
      return null;
    }
    // As written: the resolver reads it relative to the record's file, or under content/media/.
    return new Ref(value, node.at());
  }

  /** An https player address whose host site.yaml allows; else an error saying how to allow it or attach an MP4. */
  private String videoEmbed(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value == null) {
      return null;
    }
    java.net.URI uri;
    try {
      uri = new java.net.URI(value);
    } catch (java.net.URISyntaxException e) {
      uri = null;
    }
    if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
        || uri.getRawUserInfo() != null || !URLS.isFieldUrl(value)) {
      diagnostics.error("E-VIDEO-EMBED-URL", node.at(), value);
      return null;
    }
    if (!config.allowsVideoHost(uri.getHost())) {
      diagnostics.error("E-VIDEO-EMBED", node.at(), uri.getHost().toLowerCase(java.util.Locale.ROOT),
          config.videoHosts().isEmpty() ? "（无）" : String.join(", ", config.videoHosts()));
      return null;
    }
    return value;
  }

  private String url(FieldSpec spec, YamlNode node) {
    String value = string(spec, node);
    if (value != null && !URLS.isFieldUrl(value)) {
      diagnostics.error("E-URL", node.at(), spec.name(), value);
      return null;
    }
    return value;
  }

  private <T> List<T> list(FieldSpec spec, YamlNode node, java.util.function.Function<YamlNode, T> item) {
    if (!(node instanceof YamlSequence seq)) {
      typeError(spec, node, "list");
      return null;
    }
    List<T> out = new ArrayList<>();
    for (YamlNode n : seq.items()) {
      T value = item.apply(n);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }
}

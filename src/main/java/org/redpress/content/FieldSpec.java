package org.redpress.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a record schema. The validator and the JSON Schema export both read these, so
 * what editors' tools check and what the build checks cannot drift apart.
 */
public record FieldSpec(
    String name,
    Kind kind,
    boolean required,
    int maxLength,
    List<String> values,
    Map<String, String> aliases,
    RecordType target,
    List<FieldSpec> fields,
    long min,
    long max,
    String description) {

  /** The shapes a field value can take. */
  public enum Kind {
    STRING,
    /** A photo's alternative text: must be written, may be empty (a decorative picture says alt: ""). */
    ALT,
    TEXT,
    DATE,
    INTEGER,
    NUMBER,
    BOOLEAN,
    ENUM,
    REF,
    REF_LIST,
    PROGRAM,
    VENUE_TYPE,
    /** Keys of the publications site.yaml lists under {@code sources}. */
    CITATIONS,
    MEDIA,
    URL,
    /** The https address of a video player on a host site.yaml lists under {@code videoHosts}. */
    VIDEO_EMBED,
    TAGS,
    KEY,
    OBJECT,
    OBJECT_LIST,
    /** Values from {@code values()}, as a list. */
    ENUM_LIST,
    /** A Chinese telephone number. */
    PHONE,
    /** One day's opening periods ({@code 09:00-11:30, 14:00-17:00} or 休息). */
    HOURS,
    /** An object with lat, lng and datum inside China's bounds. */
    LOCATION,
    /** A local Asia/Shanghai time written {@code YYYY-MM-DD HH:MM}. */
    DATETIME
  }

  public FieldSpec {
    values = List.copyOf(values);
    aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    fields = List.copyOf(fields);
  }

  static FieldSpec of(String name, Kind kind, String description) {
    return new FieldSpec(name, kind, false, 0, List.of(), Map.of(), null, List.of(), Long.MIN_VALUE, Long.MAX_VALUE, description);
  }

  FieldSpec asRequired() {
    return new FieldSpec(name, kind, true, maxLength, values, aliases, target, fields, min, max, description);
  }

  FieldSpec max(int length) {
    return new FieldSpec(name, kind, required, length, values, aliases, target, fields, min, max, description);
  }

  FieldSpec range(long low, long high) {
    return new FieldSpec(name, kind, required, maxLength, values, aliases, target, fields, low, high, description);
  }

  FieldSpec oneOf(String... allowed) {
    return new FieldSpec(name, kind, required, maxLength, List.of(allowed), aliases, target, fields, min, max, description);
  }

  /**
   * Accepts {@code alias} (the Chinese word editors write, e.g. 党委) for the enum value {@code
   * value}; the record keeps the value.
   */
  FieldSpec alias(String alias, String value) {
    if (!values.contains(value)) {
      throw new IllegalArgumentException(name + ": " + value + " is not one of " + values);
    }
    Map<String, String> more = new LinkedHashMap<>(aliases);
    more.put(alias, value);
    return new FieldSpec(name, kind, required, maxLength, values, more, target, fields, min, max, description);
  }

  /** The enum value {@code written} stands for (itself or through an alias), or null. */
  public String valueOf(String written) {
    return values.contains(written) ? written : aliases.get(written);
  }

  FieldSpec to(RecordType type) {
    return new FieldSpec(name, kind, required, maxLength, values, aliases, type, fields, min, max, description);
  }

  FieldSpec with(FieldSpec... sub) {
    return new FieldSpec(name, kind, required, maxLength, values, aliases, target, List.of(sub), min, max, description);
  }
}

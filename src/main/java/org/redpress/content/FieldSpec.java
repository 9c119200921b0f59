package org.redpress.content;

import java.util.List;

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
    RecordType target,
    List<FieldSpec> fields,
    long min,
    long max,
    String description) {

  /** The shapes a field value can take. */
  public enum Kind {
    STRING,
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
    MEDIA,
    URL,
    TAGS,
    KEY,
    OBJECT,
    OBJECT_LIST
  }

  public FieldSpec {
    values = List.copyOf(values);
    fields = List.copyOf(fields);
  }

  static FieldSpec of(String name, Kind kind, String description) {
    return new FieldSpec(name, kind, false, 0, List.of(), null, List.of(), Long.MIN_VALUE, Long.MAX_VALUE, description);
  }

  FieldSpec asRequired() {
    return new FieldSpec(name, kind, true, maxLength, values, target, fields, min, max, description);
  }

  FieldSpec max(int length) {
    return new FieldSpec(name, kind, required, length, values, target, fields, min, max, description);
  }

  FieldSpec range(long low, long high) {
    return new FieldSpec(name, kind, required, maxLength, values, target, fields, low, high, description);
  }

  FieldSpec oneOf(String... allowed) {
    return new FieldSpec(name, kind, required, maxLength, List.of(allowed), target, fields, min, max, description);
  }

  FieldSpec to(RecordType type) {
    return new FieldSpec(name, kind, required, maxLength, values, type, fields, min, max, description);
  }

  FieldSpec with(FieldSpec... sub) {
    return new FieldSpec(name, kind, required, maxLength, values, target, List.of(sub), min, max, description);
  }
}

package org.redpress.model;

import org.redpress.content.Record;
import org.redpress.content.RecordType;

/** Identifies a record across types: ids are unique only within a type. */
public record RecordKey(RecordType type, String id) implements Comparable<RecordKey> {

  public static RecordKey of(Record record) {
    return new RecordKey(record.type(), record.id());
  }

  @Override
  public int compareTo(RecordKey o) {
    int byType = type.compareTo(o.type);
    return byType != 0 ? byType : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return type.key() + "/" + id;
  }
}

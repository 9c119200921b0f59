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

  // Written out because keys are looked up tens of thousands of times per build: the enum's
  // ordinal hashes faster than its identity hash, and equals needs no reflection-built handle.
  @Override
  public int hashCode() {
    return 31 * type.ordinal() + id.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof RecordKey k && type == k.type && id.equals(k.id);
  }

  @Override
  public String toString() {
    return type.key() + "/" + id;
  }
}

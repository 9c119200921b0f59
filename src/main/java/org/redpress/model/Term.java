package org.redpress.model;

import java.util.List;

/** One value of a taxonomy (a program, a tag, a year…) with the records that carry it, newest first. */
public record Term(String slug, String name, String path, List<RecordKey> records) {

  public Term {
    records = List.copyOf(records);
  }
}

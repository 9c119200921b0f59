package org.redpress.model;

import java.util.List;

/**
 * One value of a taxonomy (a program, a tag, a year…) with the records that carry it, newest
 * first. Its name is the content's (site.yaml's program or venue type name, the tag, the year's
 * digits); the theme may dress it (taxonomy.&lt;key&gt;.name in templates/i18n/zh.yaml).
 */
public record Term(String slug, String name, String path, List<RecordKey> records) {

  public Term {
    records = List.copyOf(records);
  }
}

package org.redpress.render;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.redpress.content.Record;
import org.redpress.model.SiteModel;

/**
 * The inputs of every record page ({@link PlannedPage#inputs}) as the last plan looked them up,
 * so the next plan can keep those that cannot have changed instead of looking them up across the
 * model again (on a large site the costliest part of a plan).
 *
 * <p>A record page's inputs are its record and records the model names for it (references,
 * related records, reverse links, lessons). When the model's structure is the very same
 * (the model cache reused it, so every record keeps its key, place and references) and only a
 * few records were replaced, a page's old inputs still hold exactly when its record is the same
 * object and none of its listed records is one of those replaced. Attachment sizes are read from
 * files, so a material with attachments is always looked up again. Anything else plans afresh.
 */
final class RecordInputs {

  /** Above this many replaced records a plan looks everything up (a bulk change is rare). */
  static final int MAX_REPLACED = 16;

  private final boolean enabled;
  private SiteModel model;
  private List<List<Object>> inputs;

  RecordInputs(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The inputs of each record page of {@code next}, in the order of its records: kept from the
   * last plan where they still hold, else from {@code lookUp}. Lookups run in parallel.
   */
  synchronized List<List<Object>> of(SiteModel next, Function<Record, List<Object>> lookUp) {
    List<Record> records = next.records();
    Object[] replaced = replacedSince(next);
    List<List<Object>> out = IntStream.range(0, records.size()).parallel()
        .mapToObj(i -> replaced != null && stillHolds(inputs.get(i), records.get(i), replaced)
            ? inputs.get(i)
            : lookUp.apply(records.get(i)))
        .toList();
    if (enabled) {
      model = next;
      inputs = out;
    }
    return out;
  }

  /**
   * The records of the last model that {@code next} holds as other objects, or null when the
   * old inputs cannot be trusted at all: no last plan, another structure, or too many changes.
   */
  private Object[] replacedSince(SiteModel next) {
    if (model == null
        || next.related() != model.related()
        || next.backlinks() != model.backlinks()
        || next.learningPaths() != model.learningPaths()
        || next.taxonomies() != model.taxonomies()
        || next.records().size() != model.records().size()) {
      return null;
    }
    List<Record> before = model.records();
    List<Record> after = next.records();
    Object[] replaced = new Object[MAX_REPLACED];
    int count = 0;
    for (int i = 0; i < after.size(); i++) {
      Record old = before.get(i);
      if (old != after.get(i)) {
        // The same structure keeps every record in its place; guard it all the same.
        if (count == MAX_REPLACED || old.type() != after.get(i).type() || !old.id().equals(after.get(i).id())) {
          return null;
        }
        replaced[count++] = old;
      }
    }
    return Arrays.copyOf(replaced, count);
  }

  private static boolean stillHolds(List<Object> old, Record record, Object[] replaced) {
    if (old.get(0) != record || record instanceof Record.Material m && !m.attachments().isEmpty()) {
      return false;
    }
    for (Object input : old) {
      if (input instanceof Collection<?> records && holdsAny(records, replaced)) {
        return false;
      }
    }
    return true;
  }

  /** By identity: the old inputs hold the old objects, and comparing pointers reads no record. */
  private static boolean holdsAny(Collection<?> records, Object[] replaced) {
    for (Object r : records) {
      for (Object gone : replaced) {
        if (r == gone) {
          return true;
        }
      }
    }
    return false;
  }
}

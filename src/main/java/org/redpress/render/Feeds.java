package org.redpress.render;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;

/** Which Atom feeds the site has and what goes in them: the newest dated records. */
final class Feeds {

  /** Entries per feed. */
  static final int SIZE = 20;

  /** Types with their own feed; the site feed mixes them. */
  static final List<RecordType> TYPES = List.of(RecordType.PRACTICE, RecordType.MATERIAL, RecordType.ACHIEVEMENT);

  private static final Comparator<Record> NEWEST_FIRST =
      Comparator.comparing((Record r) -> r.meta().date(), Comparator.reverseOrder())
          .thenComparing(RecordKey::of);

  private Feeds() {}

  /** The site path of the feed of {@code type}, or of the whole site when it is empty. */
  static String path(Optional<RecordType> type) {
    return type.map(t -> t.folder() + "/feed.xml").orElse("feed.xml");
  }

  /** The newest dated records of {@code type} (all feed types when empty), at most {@link #SIZE}. */
  static List<Record> entries(SiteModel model, Optional<RecordType> type) {
    if (type.isPresent()) {
      // The model keeps each type's records newest first (undated last, equal dates by id),
      // which is this feed's order: the first dated ones are the entries.
      return model.ofType(type.get()).stream()
          .filter(r -> r.meta().date() != null)
          .limit(SIZE)
          .toList();
    }
    // The site feed's newest entries are among each type's newest: no need to sort every record.
    return TYPES.stream()
        .flatMap(t -> entries(model, Optional.of(t)).stream())
        .sorted(NEWEST_FIRST)
        .limit(SIZE)
        .toList();
  }

  /** A feed is written only when it has entries: an empty one has no date to give. */
  static boolean exists(SiteModel model, Optional<RecordType> type) {
    return type.map(t -> TYPES.contains(t)).orElse(true) && !entries(model, type).isEmpty();
  }
}

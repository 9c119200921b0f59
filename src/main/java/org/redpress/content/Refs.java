package org.redpress.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the non-null references of a record. */
final class Refs {
  private final List<Record.Typed> refs = new ArrayList<>();

  static Refs of() {
    return new Refs();
  }

  Refs one(RecordType target, Ref ref) {
    if (ref != null) {
      refs.add(new Record.Typed(target, ref));
    }
    return this;
  }

  Refs all(RecordType target, List<Ref> list) {
    list.forEach(r -> one(target, r));
    return this;
  }

  /** The media files of {@code photos}. */
  Refs photos(List<Photo> photos) {
    photos.forEach(p -> one(null, p.file()));
    return this;
  }

  /** {@code ref} resolved, or null. */
  static Ref media(Ref ref, java.util.function.UnaryOperator<Ref> resolve) {
    return ref == null ? null : resolve.apply(ref);
  }

  /** {@code photos} with their files resolved. */
  static List<Photo> media(List<Photo> photos, java.util.function.UnaryOperator<Ref> resolve) {
    return photos.stream().map(p -> new Photo(resolve.apply(p.file()), p.alt(), p.caption(), p.credit())).toList();
  }

  List<Record.Typed> list() {
    return List.copyOf(refs);
  }
}

package org.redpress.model;

import java.util.List;

/** Materials sharing a {@code series}, in lesson order. */
public record LearningPath(String key, String title, String path, List<RecordKey> lessons) {

  public LearningPath {
    lessons = List.copyOf(lessons);
  }

  /** The 1-based lesson number of {@code key}, or 0 when it is not in this path. */
  public int position(RecordKey key) {
    return lessons.indexOf(key) + 1;
  }
}

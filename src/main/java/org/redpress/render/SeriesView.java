package org.redpress.render;

import java.util.List;

/** A learning path: its title and description and the lessons in order, with the total time. */
public record SeriesView(String title, String description, List<Lesson> lessons, int totalMinutes) {

  public SeriesView {
    lessons = List.copyOf(lessons);
  }

  /** Lesson {@code number} of the path, with its study time in minutes when given. */
  public record Lesson(int number, CardView card, Integer minutes) {}
}

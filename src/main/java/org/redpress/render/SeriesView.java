package org.redpress.render;

import java.util.List;

/** A learning path: its title and description and the lessons in order, with the total time. */
@Doc("A learning path (series.ftlh).")
public record SeriesView(
    @Doc("The path's title.") String title,
    @Doc("Its description (site.yaml); may be empty.") String description,
    @Doc("The lessons in order.") List<Lesson> lessons,
    @Doc("The lessons' study time added up, in minutes (0 when none is given).") int totalMinutes) {

  public SeriesView {
    lessons = List.copyOf(lessons);
  }

  /** Lesson {@code number} of the path, with its study time in minutes when given. */
  @Doc("One lesson of a learning path.")
  public record Lesson(
      @Doc("Its number, from 1.") int number,
      @Doc("The material, as a card.") CardView card,
      @Doc("Its study time in minutes; null when not given.") Integer minutes) {}
}

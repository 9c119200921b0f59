package org.redpress.render;

import java.util.List;

/** A learning path: its title and description and the lessons in order, with the total time. */
@Doc("A learning path (series.ftlh).")
public record SeriesView(
    @Doc("The path's title.") String title,
    @Doc("Its description (site.yaml); may be empty.") String description,
    @Doc("The lessons in order.") List<Lesson> lessons,
    @Doc("The lessons' study time added up, in minutes (declared, else estimated from the text).") int totalMinutes,
    @Doc("Whether any lesson's time is estimated from its text rather than declared.") boolean estimated,
    @Doc("The path for the progress kept in the browser (partials/progress.ftlh).") ProgressView progress) {

  public SeriesView {
    lessons = List.copyOf(lessons);
  }

  /** Lesson {@code number} of the path, with its study time in minutes. */
  @Doc("One lesson of a learning path.")
  public record Lesson(
      @Doc("Its number, from 1.") int number,
      @Doc("The material, as a card.") CardView card,
      @Doc("The material's id, as progress stores it (data-lesson).") String id,
      @Doc("Its study time in minutes: declared, else estimated from its text.") int minutes,
      @Doc("Whether the minutes are estimated from the text.") boolean estimated) {}
}

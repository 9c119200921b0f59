package org.redpress.render;

import java.util.List;

/**
 * A learning path as the browser's progress script needs it: the path's key and link and every
 * lesson's id, number, title and link. The page prints it hidden; the script shows it.
 */
@Doc("A learning path for the progress kept in the browser's localStorage (partials/progress.ftlh).")
public record ProgressView(
    @Doc("The path's key (series in the records).") String key,
    @Doc("The path's title.") String title,
    @Doc("The path's page.") String href,
    @Doc("Its lessons in order.") List<LessonLink> lessons) {

  public ProgressView {
    lessons = List.copyOf(lessons);
  }

  /** One lesson of the path. */
  @Doc("A lesson of a learning path, for progress.")
  public record LessonLink(
      @Doc("The material's id, as progress stores it.") String id,
      @Doc("Its number, from 1.") int number,
      @Doc("Its title.") String title,
      @Doc("Its page.") String href) {}
}

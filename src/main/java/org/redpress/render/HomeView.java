package org.redpress.render;

import java.util.List;

/**
 * The home page: the three programs, the newest practices, learning paths and materials,
 * headline figures from achievements, and the venues grouped by type with declared counts.
 */
@Doc("The home page (home.ftlh).")
public record HomeView(
    @Doc("The three programs of site.yaml, in order.") List<ProgramView> programs,
    @Doc("The newest practices (six).") List<CardView> latestPractices,
    @Doc("The learning paths.") List<TaxonomyView.TermLink> learningPaths,
    @Doc("The newest materials (four).") List<CardView> materials,
    @Doc("Headline figures: the first figure of each featured achievement, in the editors' order.") List<FigureView> figures,
    @Doc("The venue types with their venues.") List<VenueGroup> venueGroups,
    @Doc("The sections' lists: practice, material, achievement, venue, organization, activity.") List<LinkView> sections,
    @Doc("The learning paths for the 继续学习 card the browser fills from its progress (partials/progress.ftlh).") List<ProgressView> progress,
    @Doc("近期活动: the next four activities from the build date, each once at its next occurrence.") List<ActivityCard> activities,
    @Doc("The activities list.") String activitiesHref,
    @Doc("The whole calendar (activities.ics) phones can subscribe to; null without activities.") String calendarHref) {

  public HomeView {
    programs = List.copyOf(programs);
    latestPractices = List.copyOf(latestPractices);
    learningPaths = List.copyOf(learningPaths);
    materials = List.copyOf(materials);
    figures = List.copyOf(figures);
    venueGroups = List.copyOf(venueGroups);
    sections = List.copyOf(sections);
    progress = List.copyOf(progress);
    activities = List.copyOf(activities);
  }

  /** A program with how many practices and achievements it has. */
  @Doc("A program on the home page.")
  public record ProgramView(
      @Doc("The program's term page.") String href,
      @Doc("Its short name (site.yaml).") String name,
      @Doc("Its title (site.yaml).") String title,
      @Doc("Its description (site.yaml); may be empty.") String description,
      @Doc("How many practices it has.") int practices,
      @Doc("How many achievements it has.") int achievements) {}

  /** One headline figure: the first figure of a featured achievement, and that achievement. */
  @Doc("A headline figure on the home page.")
  public record FigureView(
      @Doc("The figure.") RecordView.Metric metric,
      @Doc("The achievement it comes from.") LinkView source) {}

  /**
   * A venue type: the number the alliance declares ({@code declared}, may be null), how many
   * this site describes ({@code listed}) and the first few of them.
   */
  @Doc("A venue type on the home page.")
  public record VenueGroup(
      @Doc("The venue type's term page.") String href,
      @Doc("Its name (site.yaml).") String name,
      @Doc("How many the alliance declares (site.yaml); null when not given.") Integer declared,
      @Doc("How many this site describes.") int listed,
      @Doc("The first few of them (eight).") List<LinkView> venues) {
    public VenueGroup {
      venues = List.copyOf(venues);
    }
  }
}

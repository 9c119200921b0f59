package org.redpress.render;

import java.util.List;

/**
 * The home page: the three programs, the newest practices, learning paths and materials,
 * headline figures from achievements, and the venues grouped by type with declared counts.
 */
public record HomeView(
    List<ProgramView> programs,
    List<CardView> latestPractices,
    List<TaxonomyView.TermLink> learningPaths,
    List<CardView> materials,
    List<FigureView> figures,
    List<VenueGroup> venueGroups,
    List<LinkView> sections) {

  public HomeView {
    programs = List.copyOf(programs);
    latestPractices = List.copyOf(latestPractices);
    learningPaths = List.copyOf(learningPaths);
    materials = List.copyOf(materials);
    figures = List.copyOf(figures);
    venueGroups = List.copyOf(venueGroups);
    sections = List.copyOf(sections);
  }

  /** A program with how many practices and achievements it has. */
  public record ProgramView(
      String href, String name, String title, String description, int practices, int achievements) {}

  /** One headline figure ("98.1 %") with its label, period and the achievement it comes from. */
  public record FigureView(String value, String unit, String label, String period, LinkView source) {}

  /**
   * A venue type: the number the alliance declares ({@code declared}, may be null), how many
   * this site describes ({@code listed}) and the first few of them.
   */
  public record VenueGroup(String href, String name, Integer declared, int listed, List<LinkView> venues) {
    public VenueGroup {
      venues = List.copyOf(venues);
    }
  }
}

package org.redpress.render;

import java.util.List;

/**
 * One page of a list — a type's records or a taxonomy term's — with an optional introduction,
 * the link back up (a term's taxonomy), the pager and the list's Atom feed when it has one.
 */
@Doc("One page of a type's list or of a taxonomy term (list.ftlh).")
public record ListView(
    @Doc("The title, with the page number from the second page on (message list.paged).") String title,
    @Doc("The introduction (list.intro.<type>, or the term's description); may be empty.") String intro,
    @Doc("A term's taxonomy index; null on a type's list.") LinkView parent,
    @Doc("The records of this page.") List<CardView> items,
    @Doc("The page links; null when the list fits on one page.") PagerView pager,
    @Doc("The list's Atom feed; null when it has none.") String feedHref,
    @Doc("Filter links (the materials list and its filter pages); empty elsewhere.") List<FilterGroup> filters,
    @Doc("On the venues list: every venue grouped by type and area, with what 离我最近 needs; else null.") VenueDirectory venues,
    @Doc("On the activities list: upcoming occurrences and past activities; else null.") ActivityLists activities) {

  public ListView {
    items = List.copyOf(items);
    filters = List.copyOf(filters);
  }

  /** All venues by type, then area (street, else community, else address), for the page without JavaScript. */
  @Doc("The venues list's groups and the venue types the 离我最近 filter offers.")
  public record VenueDirectory(
      @Doc("The venue types in site.yaml order (key, name), for the type filter.") List<TypeOption> types,
      @Doc("The groups: one per venue type that has venues.") List<TypeGroup> groups,
      @Doc("The drawing of where the venues with coordinates lie; null with fewer than two.") VenueMap map) {
    public VenueDirectory {
      types = List.copyOf(types);
      groups = List.copyOf(groups);
    }
  }

  /** Where the located venues lie relative to each other, drawn at build time (partials/venues.ftlh). */
  @Doc("The venues overview drawing: numbered points in SVG units (north up), a scale bar, and the list it numbers.")
  public record VenueMap(
      @Doc("The drawing's width in SVG units.") int width,
      @Doc("Its height in SVG units.") int height,
      @Doc("The located venues in list order, numbered from 1.") List<MapPoint> points,
      @Doc("The scale bar's length in SVG units, as text (e.g. 113.3).") String scaleLength,
      @Doc("What the scale bar measures, from venueMap.m or venueMap.km (e.g. 500 米).") String scaleText) {
    public VenueMap {
      points = List.copyOf(points);
    }
  }

  /** One venue on the overview. */
  @Doc("A venue on the overview drawing.")
  public record MapPoint(
      @Doc("Its number on the drawing and in the list.") int number,
      @Doc("x in SVG units, as text.") String x,
      @Doc("y in SVG units (north up), as text.") String y,
      @Doc("The venue's card (href, title).") CardView card,
      @Doc("The venue type's name.") String typeName) {}

  /** The activities list relative to the build date. */
  @Doc("Upcoming occurrences (soonest first, within the next 12 months) and past activities (latest first).")
  public record ActivityLists(
      @Doc("Occurrences from the build date on.") List<ActivityCard> upcoming,
      @Doc("Activities that are over, at their last occurrence.") List<ActivityCard> past,
      @Doc("The whole calendar (activities.ics); null when the site has no activity.") String calendarHref) {
    public ActivityLists {
      upcoming = List.copyOf(upcoming);
      past = List.copyOf(past);
    }
  }

  /** A venue type as the filter offers it. */
  @Doc("A venue type in the 离我最近 filter.")
  public record TypeOption(@Doc("The type key.") String key, @Doc("The type name.") String name) {}

  /** The venues of one type, by area. */
  @Doc("The venues of one type, by area.")
  public record TypeGroup(
      @Doc("The type key.") String key,
      @Doc("The type name.") String name,
      @Doc("The areas, in order of name.") List<AreaGroup> areas) {
    public TypeGroup {
      areas = List.copyOf(areas);
    }
  }

  /** The venues of one type in one area. */
  @Doc("The venues of one type in one area.")
  public record AreaGroup(@Doc("The area's name.") String name, @Doc("Its venues.") List<VenueCard> venues) {
    public AreaGroup {
      venues = List.copyOf(venues);
    }
  }

  /** A venue card with the data 离我最近 reads from its attributes. */
  @Doc("A venue card with the data nearby.js reads (data-* attributes).")
  public record VenueCard(
      @Doc("The card.") CardView card,
      @Doc("The venue type key.") String typeKey,
      @Doc("Latitude as written; null without coordinates.") String lat,
      @Doc("Longitude as written; null without coordinates.") String lng,
      @Doc("The datum of lat/lng (gcj02, wgs84, bd09); null without coordinates.") String datum,
      @Doc("The opening hours as JSON (see view.venue.opening.json); null when not given.") String hoursJson,
      @Doc("Whether the address is approximate.") boolean approximate) {}
}

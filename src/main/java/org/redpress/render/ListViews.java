package org.redpress.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.redpress.config.SiteConfig;
import org.redpress.content.Location;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.model.LearningPath;
import org.redpress.model.Pager;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.model.Taxonomy;
import org.redpress.model.Term;
import org.redpress.model.Urls;

/** Builds the views of the home page, list pages, taxonomy indexes, term pages and learning paths. */
final class ListViews {

  static final int HOME_PRACTICES = 6;
  static final int HOME_MATERIALS = 4;
  static final int HOME_VENUES_PER_TYPE = 8;

  private final ViewFactory views;
  private final SiteModel model;
  private final MaterialFilters materialFilters;

  ListViews(ViewFactory views, MaterialFilters materialFilters) {
    this.views = views;
    this.model = views.model();
    this.materialFilters = materialFilters;
  }

  HomeView home() {
    List<HomeView.ProgramView> programs = new ArrayList<>();
    Optional<Taxonomy> byProgram = model.taxonomy(Taxonomy.PROGRAMS);
    for (SiteConfig.Program p : model.config().programs()) {
      List<RecordKey> keys = byProgram.flatMap(t -> t.term(p.key())).map(Term::records).orElse(List.of());
      programs.add(new HomeView.ProgramView(views.links().href(Urls.term(Taxonomy.PROGRAMS, p.key())),
          p.name(), p.title(), p.description(), count(keys, RecordType.PRACTICE), count(keys, RecordType.ACHIEVEMENT)));
    }
    List<CardView> practices = model.ofType(RecordType.PRACTICE).stream().limit(HOME_PRACTICES).map(views::card).toList();
    List<CardView> materials = model.ofType(RecordType.MATERIAL).stream().limit(HOME_MATERIALS).map(views::card).toList();
    List<LinkView> sections = ViewFactory.SECTIONS.stream().map(views::section).toList();
    return new HomeView(programs, practices, learningPaths(), materials, figures(), venueGroups(), sections,
        model.learningPaths().stream().map(this::progress).toList(),
        new ActivityViews(views).home(), views.links().href(Urls.list(RecordType.ACTIVITY)),
        new ActivityViews(views).calendarHref());
  }

  private static int count(List<RecordKey> keys, RecordType type) {
    return (int) keys.stream().filter(k -> k.type() == type).count();
  }

  /**
   * The first figure of each achievement editors feature ({@code featured: 1} first; equal
   * numbers newest first): the site's headline numbers, chosen, not pushed out by newer records.
   */
  private List<HomeView.FigureView> figures() {
    return model.ofType(RecordType.ACHIEVEMENT).stream()
        .map(r -> (Record.Achievement) r)
        .filter(a -> a.featured() != null && !a.metrics().isEmpty())
        .sorted(Comparator.comparing(Record.Achievement::featured)) // stable: ofType is newest first
        .map(a -> new HomeView.FigureView(RecordView.Metric.of(a.metrics().get(0)),
            views.link(RecordKey.of(a)).orElseThrow()))
        .toList();
  }

  private List<HomeView.VenueGroup> venueGroups() {
    List<HomeView.VenueGroup> out = new ArrayList<>();
    model.taxonomy(Taxonomy.VENUE_TYPES).ifPresent(t -> t.terms().forEach(term -> out.add(
        new HomeView.VenueGroup(views.links().href(term.path()), term.name(),
            model.config().venueType(term.slug()).map(SiteConfig.VenueType::count).orElse(null),
            term.records().size(),
            term.records().stream().limit(HOME_VENUES_PER_TYPE).map(views::link).flatMap(Optional::stream).toList()))));
    return out;
  }

  /**
   * Every venue by type (site.yaml order), then by area name, then as the model orders them; the
   * overview numbers the located ones in that same order, so the drawing reads along with the page.
   */
  private ListView.VenueDirectory venueDirectory(List<Record> venues) {
    List<ListView.TypeOption> types = new ArrayList<>();
    List<ListView.TypeGroup> groups = new ArrayList<>();
    List<Record.Venue> inOrder = new ArrayList<>();
    for (SiteConfig.VenueType type : model.config().venueTypes()) {
      types.add(new ListView.TypeOption(type.key(), type.name()));
      Map<String, List<Record.Venue>> byArea = new TreeMap<>();
      for (Record r : venues) {
        Record.Venue v = (Record.Venue) r;
        if (v.venueType().equals(type.key())) {
          byArea.computeIfAbsent(area(v), k -> new ArrayList<>()).add(v);
        }
      }
      if (!byArea.isEmpty()) {
        byArea.values().forEach(inOrder::addAll);
        groups.add(new ListView.TypeGroup(type.key(), type.name(), byArea.entrySet().stream()
            .map(e -> new ListView.AreaGroup(e.getKey(), e.getValue().stream().map(this::venueCard).toList())).toList()));
      }
    }
    return new ListView.VenueDirectory(types, groups, VenueOverview.of(inOrder, views));
  }

  private String area(Record.Venue v) {
    for (String name : new String[] {v.parts().street(), v.parts().community(), v.address()}) {
      if (name != null && !name.isBlank()) {
        return name.strip();
      }
    }
    return views.text("nearby.areaUnknown");
  }

  private ListView.VenueCard venueCard(Record.Venue v) {
    Location l = v.location();
    return new ListView.VenueCard(views.card(v), v.venueType(),
        l == null ? null : Double.toString(l.lat()), l == null ? null : Double.toString(l.lng()),
        l == null ? null : l.datum().key(), v.opening() == null ? null : OpeningViews.json(v.opening()),
        v.meta().approximate());
  }

  List<TaxonomyView.TermLink> learningPaths() {
    return model.learningPaths().stream()
        .map(p -> new TaxonomyView.TermLink(views.links().href(p.path()), p.title(), p.lessons().size(),
            model.config().seriesInfo(p.key()).map(SiteConfig.Series::description).orElse("")))
        .toList();
  }

  ListView list(RecordType type, Pager<Record> page) {
    String intro = type == RecordType.PAGE ? "" : views.text("list.intro." + type.key());
    List<FilterGroup> filters = type == RecordType.MATERIAL ? materialFilters.groups(page.firstPath()) : List.of();
    return new ListView(titled(views.typeName(type), page), intro, null,
        page.items().stream().map(views::card).toList(), views.pager(page),
        views.feed(type).map(LinkView::href).orElse(null), filters,
        type == RecordType.VENUE ? venueDirectory(page.items()) : null,
        type == RecordType.ACTIVITY ? new ActivityViews(views).lists() : null);
  }

  /** A page of the materials list narrowed by one filter. */
  ListView filtered(MaterialFilters.Filter filter, Pager<Record> page) {
    String title = views.text("filter.title", views.typeName(RecordType.MATERIAL), filter.name());
    return new ListView(titled(title, page), views.text("filter.intro", filter.items().size()), null,
        page.items().stream().map(views::card).toList(), views.pager(page), null,
        materialFilters.groups(filter.path()), null, null);
  }

  TaxonomyView taxonomy(Taxonomy t) {
    List<TaxonomyView.TermLink> terms = t.terms().stream()
        .map(term -> new TaxonomyView.TermLink(views.links().href(term.path()), termName(t, term),
            term.records().size(), termDescription(t.key(), term)))
        .toList();
    return new TaxonomyView(taxonomyTitle(t), taxonomyIntro(t.key()), terms);
  }

  ListView term(Taxonomy t, Term term, Pager<RecordKey> page) {
    LinkView parent = new LinkView(views.links().href(Urls.taxonomy(t.key())), taxonomyTitle(t));
    return new ListView(titled(termTitle(t, term), page), termDescription(t.key(), term), parent,
        views.cards(page.items()), views.pager(page), null, List.of(), null, null);
  }

  /** A term page's title: the message taxonomy.&lt;key&gt;.term around the term's name, if the theme has one. */
  String termTitle(Taxonomy t, Term term) {
    String name = termName(t, term);
    return views.messages().find("taxonomy." + t.key() + ".term", name).orElse(name);
  }

  /** A term's name as the theme dresses it (taxonomy.&lt;key&gt;.name, as "{0}年" for years), else as it is. */
  String termName(Taxonomy t, Term term) {
    return views.messages().find("taxonomy." + t.key() + ".name", term.name()).orElse(term.name());
  }

  /** What the theme calls a taxonomy: the message taxonomy.&lt;key&gt;.title. */
  String taxonomyTitle(Taxonomy t) {
    return views.text("taxonomy." + t.key() + ".title");
  }

  TaxonomyView seriesIndex() {
    return new TaxonomyView(views.text("page.series"), views.text("series.intro"), learningPaths());
  }

  SeriesView series(LearningPath path) {
    List<SeriesView.Lesson> lessons = new ArrayList<>();
    int total = 0;
    boolean estimated = false;
    for (RecordKey key : path.lessons()) {
      if (model.get(key).orElse(null) instanceof Record.Material m) {
        int minutes = views.studyMinutes(m);
        total += minutes;
        estimated |= m.minutes() == null;
        lessons.add(new SeriesView.Lesson(path.position(key), views.card(m), key.id(), minutes, m.minutes() == null));
      }
    }
    String description = model.config().seriesInfo(path.key()).map(SiteConfig.Series::description).orElse("");
    return new SeriesView(path.title(), description, lessons, total, estimated, progress(path));
  }

  /** A learning path with its lessons' ids and links, for the progress kept in the browser. */
  ProgressView progress(LearningPath path) {
    List<ProgressView.LessonLink> lessons = new ArrayList<>();
    for (RecordKey key : path.lessons()) {
      views.link(key).ifPresent(l -> lessons.add(new ProgressView.LessonLink(key.id(), path.position(key), l.text(), l.href())));
    }
    return new ProgressView(path.key(), path.title(), views.links().href(path.path()), lessons);
  }

  private String termDescription(String taxonomy, Term term) {
    if (taxonomy.equals(Taxonomy.PROGRAMS)) {
      return model.config().program(term.slug())
          .map(p -> views.text("taxonomy.programs.description", p.title(), p.description())).orElse("");
    }
    if (taxonomy.equals(Taxonomy.VENUE_TYPES)) {
      Integer declared = model.config().venueType(term.slug()).map(SiteConfig.VenueType::count).orElse(null);
      return declared == null ? views.text("taxonomy.venue-types.listed", term.records().size())
          : views.text("taxonomy.venue-types.declared", term.name(), declared, term.records().size());
    }
    return "";
  }

  private String taxonomyIntro(String taxonomy) {
    return views.messages().find("taxonomy." + taxonomy + ".intro").orElse("");
  }

  String titled(String title, Pager<?> page) {
    return page.number() == 1 ? title : views.text("list.paged", title, page.number());
  }
}

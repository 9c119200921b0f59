package org.redpress.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.redpress.config.SiteConfig;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.model.LearningPath;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.model.Urls;

/**
 * The materials list in study order and its filters as plain links, each a pre-rendered page
 * (as taxonomies are): by kind, by length (at most {@link #SHORT_MINUTES} minutes), by program;
 * the learning paths link to their own pages. One filter at a time, so the pages stay few: one
 * per kind, program and the short list, each paginated.
 */
final class MaterialFilters {

  /** The longest study time the "short" filter keeps: 一刻钟. */
  static final int SHORT_MINUTES = 15;

  /** One filter page: its path, its name and the materials it keeps, in study order. */
  record Filter(String path, String name, List<Record> items) {}

  /**
   * Learning paths named in the filter row; more are one link away, on their index. Every list
   * page carries the row: a site of 5,000 paths made each page 300 KB, and a reader a wall of links.
   */
  static final int PATHS_SHOWN = 8;

  private static final List<String> KINDS = List.of("course", "article", "video", "document");

  private final ViewFactory views;
  private final SiteModel model;
  private final String base;
  private final List<Record> ordered;
  /** Made once: every list and filter page shows the filter rows, and a study time reads a body. */
  private final List<Filter> filters;

  MaterialFilters(ViewFactory views) {
    this.views = views;
    this.model = views.model();
    this.base = Urls.list(RecordType.MATERIAL);
    this.ordered = studyOrder(model);
    this.filters = makeFilters();
  }

  /**
   * Materials as the list shows them: every learning path's lessons in lesson order (paths in the
   * model's order), then the other materials in the model's order, newest first.
   */
  static List<Record> studyOrder(SiteModel model) {
    // Seen by key: a record's own hash code walks all its fields, for every material on every save.
    Set<RecordKey> seen = new HashSet<>();
    List<Record> out = new ArrayList<>();
    for (LearningPath path : model.learningPaths()) {
      path.lessons().forEach(k -> model.get(k).filter(r -> seen.add(k)).ifPresent(out::add));
    }
    model.ofType(RecordType.MATERIAL).stream().filter(r -> seen.add(RecordKey.of(r))).forEach(out::add);
    return List.copyOf(out);
  }

  /** All materials, in study order. */
  List<Record> all() {
    return ordered;
  }

  /** The filters that keep at least one material, in the order the filter rows show them. */
  List<Filter> filters() {
    return filters;
  }

  private List<Filter> makeFilters() {
    List<Filter> out = new ArrayList<>();
    for (String kind : KINDS) {
      add(out, base + "kind/" + kind + "/", views.text("kind.material." + kind),
          r -> kind.equals(((Record.Material) r).kind()));
    }
    add(out, base + "short/", views.text("filter.short", SHORT_MINUTES),
        r -> views.studyMinutes((Record.Material) r) <= SHORT_MINUTES);
    for (SiteConfig.Program p : model.config().programs()) {
      add(out, base + "program/" + p.key() + "/", p.name(), r -> p.key().equals(((Record.Material) r).program()));
    }
    return out;
  }

  private void add(List<Filter> out, String path, String name, Predicate<Record> keep) {
    List<Record> items = ordered.stream().filter(keep).toList();
    if (!items.isEmpty()) {
      out.add(new Filter(path, name, items));
    }
  }

  /** The filter rows with {@code currentPath} (the list's first page, or a filter's) marked. */
  List<FilterGroup> groups(String currentPath) {
    List<FilterGroup> out = new ArrayList<>();
    List<NavItem> kinds = new ArrayList<>();
    kinds.add(new NavItem(views.links().href(base), views.text("filter.all"), base.equals(currentPath), false));
    List<NavItem> lengths = new ArrayList<>();
    List<NavItem> programs = new ArrayList<>();
    for (Filter f : filters) {
      NavItem item = new NavItem(views.links().href(f.path()), f.name(), f.path().equals(currentPath), false);
      (f.path().startsWith(base + "kind/") ? kinds : f.path().startsWith(base + "short/") ? lengths : programs).add(item);
    }
    out.add(new FilterGroup(views.text("filter.by.kind"), kinds));
    if (!lengths.isEmpty()) {
      out.add(new FilterGroup(views.text("filter.by.length"), lengths));
    }
    if (!programs.isEmpty()) {
      out.add(new FilterGroup(views.text("filter.by.program"), programs));
    }
    List<NavItem> paths = new ArrayList<>(model.learningPaths().stream().limit(PATHS_SHOWN)
        .map(p -> new NavItem(views.links().href(p.path()), p.title(), false, false)).toList());
    if (model.learningPaths().size() > PATHS_SHOWN) {
      paths.add(new NavItem(views.links().href("series/"), views.text("filter.allSeries", model.learningPaths().size()),
          false, false));
    }
    if (!paths.isEmpty()) {
      out.add(new FilterGroup(views.text("filter.by.series"), paths));
    }
    return out;
  }
}

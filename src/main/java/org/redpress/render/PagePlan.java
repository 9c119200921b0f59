package org.redpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.model.LearningPath;
import org.redpress.model.Pager;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.model.Taxonomy;
import org.redpress.model.Term;
import org.redpress.model.Urls;

/**
 * Lists every HTML page of the site with its template and (lazily) its model: home, list pages
 * with their pagination, record pages, taxonomy indexes and terms, learning paths, search, 404.
 * The sitemap reads the same plan, so it can never disagree with the pages written. Not
 * thread-safe: build the plan on one thread, then render its pages in parallel.
 */
final class PagePlan {

  private final ViewFactory views;
  private final ListViews lists;
  private final MaterialFilters materialFilters;
  private final RecordViews records;
  private final SiteModel model;
  private final String searchScript;
  private final String nearbyScript;
  private final List<PlannedPage> pages = new ArrayList<>();

  PagePlan(ViewFactory views, RecordViews records, String searchScript, String nearbyScript) {
    this.views = views;
    this.materialFilters = new MaterialFilters(views);
    this.lists = new ListViews(views, materialFilters);
    this.records = records;
    this.model = views.model();
    this.searchScript = searchScript;
    this.nearbyScript = nearbyScript;
  }

  List<PlannedPage> pages() {
    pages.clear();
    add("", "home.ftlh", () -> model("home", views.page("", model.config().title()), lists.home()));
    ViewFactory.SECTIONS.forEach(this::listPages);
    model.records().forEach(this::recordPage);
    model.records().forEach(this::backlinkPages);
    model.taxonomies().forEach(this::taxonomyPages);
    seriesPages();
    add("search/", "search.ftlh", () -> model("search", views.page("search/", views.text("page.search"))
        .crumb(views.home()).searchScript(searchScript), browseLinks()));
    pages.add(new PlannedPage("404.html", "404.ftlh", null, false, this::notFound));
    return List.copyOf(pages);
  }

  private void add(String path, String template, Supplier<Map<String, Object>> supplier) {
    pages.add(new PlannedPage(path, template, null, true, supplier));
  }

  /**
   * The 404 page's model, which holds everything every page shares: the site's title, assets,
   * feeds and navigation, and the links to the sections, learning paths and taxonomies.
   */
  Map<String, Object> notFound() {
    return model("not-found", views.page("404.html", views.text("page.notFound")).noindex(), browseLinks());
  }

  private Map<String, Object> model(String kind, PageContext.Builder page, Object view) {
    return Map.of("page", page.bodyClass("page-" + kind).build(), "view", view);
  }

  private void listPages(RecordType type) {
    List<Record> records = type == RecordType.MATERIAL ? materialFilters.all() : model.ofType(type);
    // The venues list is one page: 离我最近 sorts all venues, which pages would split.
    // So is the activities list, which orders by occurrence, not by record.
    int size = type == RecordType.VENUE || type == RecordType.ACTIVITY ? Math.max(1, records.size())
        : model.config().pagination();
    for (Pager<Record> p : Pager.paginate(records, size, Urls.list(type))) {
      add(p.path(), "list.ftlh", () -> {
        ListView view = lists.list(type, p);
        PageContext.Builder page = views.page(p.path(), view.title()).crumb(views.home());
        if (type == RecordType.VENUE) {
          page.nearbyScript(nearbyScript);
        }
        if (p.number() > 1) {
          page.crumb(views.section(type));
        }
        views.feed(type).ifPresent(page::feed);
        return model("list", page, view);
      });
    }
    if (type == RecordType.MATERIAL) {
      materialFilters.filters().forEach(this::filterPages);
    }
  }

  private void filterPages(MaterialFilters.Filter filter) {
    for (Pager<Record> p : Pager.paginate(filter.items(), model.config().pagination(), filter.path())) {
      add(p.path(), "list.ftlh", () -> {
        ListView view = lists.filtered(filter, p);
        return model("list", views.page(p.path(), view.title()).crumb(views.home())
            .crumb(views.section(RecordType.MATERIAL)).description(view.intro()), view);
      });
    }
  }

  private void recordPage(Record r) {
    RecordKey key = RecordKey.of(r);
    String path = model.path(key);
    String template = r.type() == RecordType.PAGE ? "page.ftlh" : "record.ftlh";
    Supplier<PageContext> context = () -> {
      PageContext.Builder page = views.page(path, r.meta().title()).crumb(views.home())
          .description(views.bodies().of(key).summary())
          .article(SharePhoto.of(r).map(f -> views.links().absolute(views.pictures().sitePath(f))).orElse(null));
      if (r.type() != RecordType.PAGE) {
        page.crumb(views.section(r.type()));
      }
      page.frameSources(RecordViews.frameSources(r));
      page.bodyClass("page-record type-" + r.type().key() + (r.type() == RecordType.MATERIAL ? " printable" : ""));
      return page.build();
    };
    pages.add(new PlannedPage(path, template, r.meta().date(), true,
        () -> Map.of("page", context.get(), "view", records.view(r)), context));
  }

  /** The full lists of a record's reverse links that do not fit on its page, paginated like any list. */
  private void backlinkPages(Record r) {
    RecordKey key = RecordKey.of(r);
    int size = model.config().pagination();
    model.backlinksByType(key).forEach((type, keys) -> {
      if (keys.size() <= RecordViews.BACKLINKS_SHOWN) {
        return;
      }
      String recordPath = model.path(key);
      LinkView parent = new LinkView(views.links().href(recordPath), r.meta().title());
      for (Pager<RecordKey> p : Pager.paginate(keys, size, Urls.backlinks(recordPath, type))) {
        add(p.path(), "list.ftlh", () -> {
          String title = r.meta().title() + views.text("backlinks.separator") + records.backlinkTitle(r.type(), type);
          ListView view = new ListView(lists.titled(title, p), "", parent, views.cards(p.items()), views.pager(p), null,
              List.of(), null, null);
          return model("backlinks", views.page(p.path(), view.title()).crumb(views.home())
              .crumb(views.section(r.type())).crumb(parent), view);
        });
      }
    });
  }

  private void taxonomyPages(Taxonomy t) {
    String index = Urls.taxonomy(t.key());
    add(index, "taxonomy.ftlh",
        () -> model("taxonomy", views.page(index, lists.taxonomyTitle(t)).crumb(views.home()), lists.taxonomy(t)));
    LinkView parent = new LinkView(views.links().href(index), lists.taxonomyTitle(t));
    for (Term term : t.terms()) {
      for (Pager<RecordKey> p : Pager.paginate(term.records(), model.config().pagination(), term.path())) {
        add(p.path(), "list.ftlh", () -> {
          ListView view = lists.term(t, term, p);
          return model("term", views.page(p.path(), view.title()).crumb(views.home()).crumb(parent)
              .description(view.intro()), view);
        });
      }
    }
  }

  private void seriesPages() {
    if (model.learningPaths().isEmpty()) {
      return;
    }
    add("series/", "taxonomy.ftlh", () -> model("series-index",
        views.page("series/", views.text("page.series")).crumb(views.home()).crumb(views.section(RecordType.MATERIAL)),
        lists.seriesIndex()));
    LinkView index = new LinkView(views.links().href("series/"), views.text("page.series"));
    for (LearningPath path : model.learningPaths()) {
      add(path.path(), "series.ftlh", () -> {
        SeriesView view = lists.series(path);
        return model("series", views.page(path.path(), path.title()).crumb(views.home()).crumb(index)
            .description(view.description()), view);
      });
    }
  }

  /** Where to go instead: the sections, learning paths and the taxonomy indexes. */
  private List<LinkView> browseLinks() {
    List<LinkView> out = new ArrayList<>();
    ViewFactory.SECTIONS.forEach(t -> out.add(views.section(t)));
    if (!model.learningPaths().isEmpty()) {
      out.add(new LinkView(views.links().href("series/"), views.text("page.series")));
    }
    model.taxonomies().forEach(t -> out.add(new LinkView(views.links().href(Urls.taxonomy(t.key())),
        lists.taxonomyTitle(t))));
    return out;
  }
}

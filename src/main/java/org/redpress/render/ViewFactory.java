package org.redpress.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.config.SiteConfig;
import org.redpress.content.Meta;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.content.Ref;
import org.redpress.model.Pager;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.model.Taxonomy;
import org.redpress.model.Urls;

/**
 * Builds the views every page kind shares — page context with navigation, cards, links,
 * pagers — from the model, the rendered bodies and the asset map. One per build; thread-safe.
 */
final class ViewFactory {

  /** The site-wide half of every {@link PageContext}. */
  record SiteParts(String title, String description, String homeHref, String searchHref,
      LinkView siteFeed, String css, String themeJs, String icon, FooterView footer, String manifest,
      String touchIcon) {}

  /** Sections of the main navigation, after the home page and before the menu pages. */
  static final List<RecordType> SECTIONS = List.of(RecordType.PRACTICE, RecordType.MATERIAL,
      RecordType.ACHIEVEMENT, RecordType.VENUE, RecordType.ORGANIZATION, RecordType.ACTIVITY);

  private final SiteModel model;
  private final Links links;
  private final Pictures pictures;
  private final Documents documents;
  private final Bodies bodies;
  private final ThemeMessages messages;
  private final SiteParts site;
  private final List<NavItem> navPaths;
  private final Set<RecordType> feedTypes = EnumSet.noneOf(RecordType.class);

  private final boolean shareCards;
  private final Map<RecordKey, CardView> cards = new ConcurrentHashMap<>();

  ViewFactory(SiteModel model, Bodies bodies, AssetMap assets, ThemeMessages messages, boolean shareCards,
      Pictures pictures, Documents documents) {
    this.shareCards = shareCards;
    this.model = model;
    this.links = new Links(model.config());
    this.pictures = pictures;
    this.documents = documents;
    this.bodies = bodies;
    this.messages = messages;
    Feeds.TYPES.stream().filter(t -> Feeds.exists(model, Optional.of(t))).forEach(feedTypes::add);
    SiteConfig config = model.config();
    LinkView siteFeed = Feeds.exists(model, Optional.empty())
        ? new LinkView(links.href(Feeds.path(Optional.empty())), text("feed.site", config.title())) : null;
    this.site = new SiteParts(config.title(), config.description(), links.href(""), links.href("search/"),
        siteFeed, asset(assets, "site.css"), asset(assets, "theme.js"), asset(assets, "icon.svg"), footer(config),
        links.href(ShareStep.MANIFEST), links.href(ShareStep.iconPath(ShareStep.ICON_SIZES.get(0))));
    this.navPaths = navigation();
  }

  private static FooterView footer(SiteConfig config) {
    SiteConfig.Footer f = config.footer();
    return new FooterView(f.text(), blankToNull(f.publisher()), blankToNull(f.address()), blankToNull(f.phone()),
        blankToNull(f.email()), blankToNull(f.icp()), blankToNull(f.police()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  SiteModel model() {
    return model;
  }

  Links links() {
    return links;
  }

  Bodies bodies() {
    return bodies;
  }

  ThemeMessages messages() {
    return messages;
  }

  /** The theme's text of {@code key} with its placeholders filled (see {@link ThemeMessages#text}). */
  String text(String key, Object... args) {
    return messages.text(key, args);
  }

  /** What the theme calls records of {@code type}: the message type.&lt;key&gt;. */
  String typeName(RecordType type) {
    return text("type." + type.key());
  }

  /** A date as the message date.long spells it (year, month, day). */
  String date(LocalDate date) {
    return text("date.long", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A record's date for reading: an estimated one only to the year (date.approximate: 约2018年),
   * so that no page states a day the source never gave; null when undated.
   */
  String dateText(Meta meta) {
    if (meta.date() == null) {
      return null;
    }
    return meta.approximate() ? text("date.approximate", meta.date().getYear()) : date(meta.date());
  }

  /** The same for {@code <time datetime>}: 2018-06-30, or just 2018 when estimated. */
  static String dateIso(Meta meta) {
    if (meta.date() == null) {
      return null;
    }
    return meta.approximate() ? String.valueOf(meta.date().getYear()) : Dates.iso(meta.date());
  }

  /** A program's link to its term page, named as site.yaml names it. */
  LinkView program(String key) {
    return new LinkView(links.href(Urls.term(Taxonomy.PROGRAMS, key)), programName(key));
  }

  private String asset(AssetMap assets, String name) {
    return assets.path(name).map(links::href).orElse(null);
  }

  /**
   * Home, the five sections under their type names (the one place that names them), then the
   * pages that ask for a menu place, by that place; hrefs are site paths until a page is built.
   */
  private List<NavItem> navigation() {
    List<NavItem> nav = new ArrayList<>();
    nav.add(new NavItem("", text("nav.home"), false, false));
    SECTIONS.forEach(t -> nav.add(new NavItem(Urls.list(t), typeName(t), false, false)));
    model.ofType(RecordType.PAGE).stream()
        .map(r -> (Record.Page) r)
        .filter(p -> p.menu() != null)
        .sorted(Comparator.comparing(Record.Page::menu).thenComparing(Record::id))
        .forEach(p -> nav.add(new NavItem(model.path(RecordKey.of(p)), p.meta().title(), false, true)));
    return List.copyOf(nav);
  }

  /** Starts the context of the page at site path {@code path}. */
  PageContext.Builder page(String path, String title) {
    List<NavItem> nav = navPaths.stream()
        .map(n -> new NavItem(links.href(n.href()), n.text(), isCurrent(n.href(), path), n.page()))
        .toList();
    return new PageContext.Builder(site, title, links.absolute(path), nav,
        shareCards ? links.absolute(ShareStep.cardPath(path)) : null);
  }

  private static boolean isCurrent(String navPath, String path) {
    return navPath.isEmpty() ? path.isEmpty() : path.startsWith(navPath);
  }

  /** The feed of a type's list, if the type has one with entries. */
  Optional<LinkView> feed(RecordType type) {
    return feedTypes.contains(type)
        ? Optional.of(new LinkView(links.href(Feeds.path(Optional.of(type))), text("feed.section", typeName(type))))
        : Optional.empty();
  }

  LinkView home() {
    return new LinkView(links.href(""), text("nav.home"));
  }

  LinkView section(RecordType type) {
    return new LinkView(links.href(Urls.list(type)), typeName(type));
  }

  /** A link to a published record; empty for a draft or future record that is not on the site. */
  Optional<LinkView> link(RecordKey key) {
    return model.get(key).map(r -> new LinkView(links.href(model.path(key)), r.meta().title()));
  }

  List<LinkView> linksTo(RecordType type, List<Ref> refs) {
    return refs.stream().map(r -> link(new RecordKey(type, r.id()))).flatMap(Optional::stream).toList();
  }

  List<CardView> cards(List<RecordKey> keys) {
    return keys.stream().map(model::get).flatMap(Optional::stream).map(this::card).toList();
  }

  CardView card(Record r) {
    // A record's card shows on its lists, its tags' and year's pages and beside related records:
    // about a dozen times per record, made once.
    return cards.computeIfAbsent(RecordKey.of(r), key -> newCard(key, r));
  }

  private CardView newCard(RecordKey key, Record r) {
    String program = r instanceof Record.Practice p ? programName(p.program())
        : r instanceof Record.Achievement a ? programName(a.program())
        : r instanceof Record.Material m && m.program() != null ? programName(m.program()) : null;
    String kind = r instanceof Record.Material m ? m.kind() : r instanceof Record.Organization o ? o.kind() : null;
    Record.Material material = r instanceof Record.Material m ? m : null;
    Integer lesson = material != null && material.series() != null ? material.order() : null;
    return new CardView(links.href(model.path(key)), r.meta().title(), r.type().key(), typeName(r.type()),
        dateIso(r.meta()), dateText(r.meta()),
        r.meta().approximate(), bodies.of(key).summary(), program, kind, lesson,
        material == null ? null : studyMinutes(material), material != null && material.minutes() == null,
        r instanceof Record.Venue v ? venueTypeName(v.venueType()) : null,
        RecordViews.coverFile(r).map(f -> pictures.image(f, "", null, null, Pictures.CARD_SIZES)).orElse(null));
  }

  /** PDF page counts and thumbnails, video durations. */
  Documents documents() {
    return documents;
  }

  /** Photos and covers as image views. */
  Pictures pictures() {
    return pictures;
  }

  /**
   * A material's study time: the minutes its editor declared, else its reading time (about 400
   * Han characters a minute), so every material can be filtered by length.
   */
  int studyMinutes(Record.Material m) {
    return m.minutes() != null ? m.minutes() : bodies.readingMinutes(m);
  }

  String programName(String key) {
    return model.config().program(key).map(SiteConfig.Program::name).orElse(key);
  }

  String venueTypeName(String key) {
    return model.config().venueType(key).map(SiteConfig.VenueType::name).orElse(key);
  }

  /** Page links for a list page; a window of two pages each side keeps 1,000 pages usable. */
  PagerView pager(Pager<?> p) {
    if (p.total() <= 1) {
      return null;
    }
    List<NavItem> pages = new ArrayList<>();
    for (int n = 1; n <= p.total(); n++) {
      if (n == 1 || n == p.total() || Math.abs(n - p.number()) <= 2) {
        pages.add(new NavItem(links.href(Urls.page(p.firstPath(), n)), String.valueOf(n), n == p.number(), false));
      }
    }
    return new PagerView(p.number(), p.total(), href(p.previousPath()), href(p.nextPath()), pages);
  }

  private String href(String path) {
    return path == null ? null : links.href(path);
  }
}

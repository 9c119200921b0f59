package org.redpress.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.redpress.content.Record;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.RecordKey;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

/**
 * What sharing and a phone's home screen need: a PNG share card for every page ({@code
 * share/….png}, its {@code og:image} unless the record has a photo), the app icons ({@code
 * icons/icon-180.png}, 192, 512) and {@code manifest.webmanifest}.
 */
final class ShareStep implements OutputStep {

  /** Icon sizes: 180 for iOS's home screen, 192 and 512 for the web app manifest. */
  static final List<Integer> ICON_SIZES = List.of(180, 192, 512);

  static final String MANIFEST = "manifest.webmanifest";

  /** A tag's or year's page, and a list's later page, for {@link #cardPath}. */
  private static final Pattern TERM = Pattern.compile("^(tags|years)/.*");
  private static final Pattern PAGER = Pattern.compile("page/\\d+/$");

  private final PagesStep pages;
  private final BuildState state;

  ShareStep(PagesStep pages, BuildState state) {
    this.pages = pages;
    this.state = state;
  }

  /**
   * The card of the page at {@code pagePath}: {@code share/index.png} for home; later pages of a
   * list share the first's, and tag and year pages their index's.
   */
  static String cardPath(String pagePath) {
    // A tag's or year's page shares its index's card: a hundred near-identical cards help nobody.
    String path = TERM.matcher(pagePath).replaceFirst("$1");
    path = PAGER.matcher(path).replaceFirst("");
    path = path.endsWith(".html") ? path.substring(0, path.length() - 5) : path;
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return "share/" + (path.isEmpty() ? "index" : path) + ".png";
  }

  static String iconPath(int size) {
    return "icons/icon-" + size + ".png";
  }

  @Override
  public String name() {
    return "share";
  }

  @Override
  public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
    List<OutputFile> out = new ArrayList<>(cards(model, diagnostics));
    ICON_SIZES.forEach(size -> out.add(new OutputFile(iconPath(size), ShareCard.icon(size))));
    out.add(manifest(model));
    return out.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
  }

  /** The file at {@code path} if this step makes it, rendered now (for the preview). */
  Optional<OutputFile> file(SiteModel model, String path, Diagnostics diagnostics) {
    if (path.equals(MANIFEST)) {
      return Optional.of(manifest(model));
    }
    for (int size : ICON_SIZES) {
      if (path.equals(iconPath(size))) {
        return Optional.of(new OutputFile(path, ShareCard.icon(size)));
      }
    }
    if (!path.startsWith("share/")) {
      return Optional.empty();
    }
    return Optional.ofNullable(cardPages(model, diagnostics).get(path)).map(p -> spec(path, p, sources(model)))
        .flatMap(c -> state.cardFont(diagnostics).map(font -> draw(c, new ShareCard(font), model, diagnostics)));
  }

  /** What one card shows, and the file that answers for its title. */
  private record Spec(String path, String title, String label, String source) {}

  private List<OutputFile> cards(SiteModel model, Diagnostics diagnostics) {
    Optional<Font> font = state.cardFont(diagnostics);
    if (font.isEmpty()) {
      return List.of();
    }
    ShareCard card = new ShareCard(font.get());
    Map<String, String> sources = sources(model);
    return cardPages(model, diagnostics).entrySet().parallelStream()
        .map(e -> draw(spec(e.getKey(), e.getValue(), sources), card, model, diagnostics)).toList();
  }

  private OutputFile draw(Spec spec, ShareCard card, SiteModel model, Diagnostics diagnostics) {
    String siteName = model.config().title();
    String missing = card.missing(spec.title() + spec.label() + siteName);
    String title = spec.title();
    if (!missing.isEmpty()) {
      // A title the font cannot draw would print empty boxes: show the site's name only.
      diagnostics.warning("W-CARD-GLYPH", SourcePosition.of(spec.source()), missing);
      title = card.missing(title).isEmpty() ? title : "";
    }
    String label = card.missing(spec.label()).isEmpty() ? spec.label() : "";
    String shown = title;
    String name = card.missing(siteName).isEmpty() ? siteName : "";
    // Drawn when written: 10,000 cards need not wait in memory from rendering to writing.
    return OutputFile.deferred(spec.path(), () -> card.card(shown, label, name));
  }

  /** Each record page's path and the file it comes from, to name in a warning about its card. */
  private static Map<String, String> sources(SiteModel model) {
    Map<String, String> sources = new HashMap<>();
    for (Record r : model.records()) {
      sources.put(model.path(RecordKey.of(r)), r.meta().file());
    }
    return sources;
  }

  /** The page that answers for each card path: the first page planned with that card. */
  private Map<String, PlannedPage> cardPages(SiteModel model, Diagnostics diagnostics) {
    Map<String, PlannedPage> firsts = new LinkedHashMap<>();
    for (PlannedPage p : pages.plan(model, diagnostics)) {
      firsts.putIfAbsent(cardPath(p.path()), p);
    }
    return firsts;
  }

  /** What the card at {@code path} shows: its page's title, and the page's section as the label. */
  private static Spec spec(String path, PlannedPage p, Map<String, String> sources) {
    PageContext page = p.context().get();
    boolean home = page.crumbs().isEmpty() && p.path().isEmpty();
    String title = home ? page.description() : page.title();
    String label = home ? "" : page.crumbs().isEmpty() ? "" : page.crumbs().get(page.crumbs().size() - 1).text();
    if (label.equals(title) || page.crumbs().size() == 1) {
      label = "";
    }
    return new Spec(path, title, label, sources.getOrDefault(p.path(), "templates/" + p.template()));
  }

  private static OutputFile manifest(SiteModel model) {
    Links links = new Links(model.config());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", model.config().title());
    m.put("short_name", model.config().title());
    m.put("description", model.config().description());
    m.put("lang", "zh-CN");
    m.put("start_url", links.href(""));
    m.put("scope", links.href(""));
    m.put("display", "browser");
    m.put("background_color", "#ffffff");
    m.put("theme_color", "#a4161a");
    List<Map<String, Object>> icons = new ArrayList<>();
    for (int size : ICON_SIZES) {
      Map<String, Object> icon = new LinkedHashMap<>();
      icon.put("src", links.href(iconPath(size)));
      icon.put("sizes", size + "x" + size);
      icon.put("type", "image/png");
      icon.put("purpose", "any");
      icons.add(icon);
    }
    m.put("icons", icons);
    try {
      String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
      return new OutputFile(MANIFEST, (json + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a map of strings always serialises
    }
  }
}

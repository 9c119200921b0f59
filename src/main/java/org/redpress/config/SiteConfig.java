package org.redpress.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The site as {@code content/site.yaml} describes it; immutable. */
public record SiteConfig(
    String title,
    String description,
    URI baseUrl,
    String language,
    int pagination,
    List<Program> programs,
    List<VenueType> venueTypes,
    List<Series> series,
    Footer footer,
    List<Source> sources,
    TagPages tagPages,
    Map<String, Float> searchWeights,
    List<String> videoHosts) {

  /** A learning path's title and description, keyed by the materials' {@code series} value. */
  public record Series(String key, String title, String description) {}

  /** One of the three programs (三大工程): an ASCII key and a Chinese name. */
  public record Program(String key, String name, String title, String description) {}

  /** A kind of venue, with the number of such venues the alliance reports in total. */
  public record VenueType(String key, String name, Integer count) {}

  /**
   * Who runs the site and how to reach them, as a public site in China must say: footer text,
   * 主办单位, address, phone, e-mail, the ICP filing number and the public-security filing
   * (公安备案) number; every part but the text may be null.
   */
  public record Footer(String text, String publisher, String address, String phone, String email, String icp,
      String police) {}

  /**
   * A publication records draw on ({@code cites: [key]}): title, author, publisher, date as
   * written (may be vague) and a link; every part but key and title may be null.
   */
  public record Source(String key, String title, String author, String publisher, String date, String url) {}

  public SiteConfig {
    programs = List.copyOf(programs);
    venueTypes = List.copyOf(venueTypes);
    series = List.copyOf(series);
    sources = List.copyOf(sources);
    searchWeights = Map.copyOf(searchWeights);
    videoHosts = List.copyOf(videoHosts);
  }

  /**
   * Whether a record may embed a player from {@code host}: only hosts {@code videoHosts} lists
   * exactly (none by default), since an embedded player is a third party's page on ours.
   */
  public boolean allowsVideoHost(String host) {
    return host != null && videoHosts.contains(host.toLowerCase(java.util.Locale.ROOT));
  }

  /** The path part of {@code baseUrl}, always starting and ending with {@code /}. */
  public String basePath() {
    String path = baseUrl.getRawPath();
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.endsWith("/") ? path : path + "/";
  }

  /** The same site published under another base URL ({@code --base-url}). */
  /**
   * A base URL as {@code site.yaml} and {@code --base-url} must give it: absolute http(s) with a
   * host, normalised to end with "/"; empty when it is not one.
   */
  public static Optional<URI> parseBaseUrl(String raw) {
    try {
      URI uri = new URI(raw);
      if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        return Optional.empty();
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return Optional.of(new URI(uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/")));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  public SiteConfig withBaseUrl(URI newBaseUrl) {
    return new SiteConfig(
        title, description, newBaseUrl, language, pagination, programs, venueTypes, series, footer, sources,
        tagPages, searchWeights, videoHosts);
  }

  /**
   * Which tags get a page of their own: those on at least {@code minRecords} records, and those
   * editors name in {@code keep} whatever their count. A tag without a page is shown, not linked.
   */
  public record TagPages(int minRecords, List<String> keep) {
    public static final TagPages DEFAULT = new TagPages(2, List.of());

    public TagPages {
      keep = List.copyOf(keep);
    }

    public boolean hasPage(String tag, int records) {
      return records >= minRecords || keep.contains(tag);
    }
  }

  /** A source by its key. */
  public Optional<Source> source(String key) {
    return sources.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** A program by its key or its Chinese name. */
  public Optional<Program> program(String keyOrName) {
    return programs.stream()
        .filter(p -> p.key().equals(keyOrName) || p.name().equals(keyOrName))
        .findFirst();
  }

  public Optional<Series> seriesInfo(String key) {
    return series.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  public Optional<VenueType> venueType(String key) {
    return venueTypes.stream().filter(t -> t.key().equals(key)).findFirst();
  }
}

package org.redpress.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.output.OutputFile;

/**
 * Proves the rendered site has no broken internal link: every {@code href} and {@code src} of
 * every HTML page that stays on the site must name an output file ({@code x/} means {@code
 * x/index.html}; percent-escapes decoded), and every {@code #anchor} an {@code id} on the target
 * page. Failures are {@code E-LINK} / {@code E-ANCHOR} errors where the link was written (see
 * {@link LinkSources}), or else at {@code site/<page>}.
 */
public final class LinkChecker {

  /** Marks a link that cannot name a file of the site (a NUL never occurs in an output path). */
  private static final String UNRESOLVED = "\0";
  /** The attributes a page's links and anchors are in. */
  private static final List<String> LINKS_AND_IDS = List.of("href", "src", "id", "name");

  /**
   * Checks the links of all HTML files in {@code files}, a whole site published under {@code
   * basePath} ("/" or "/alliance/"); returns how many internal links were checked.
   */
  public int check(List<OutputFile> files, String basePath, Diagnostics diagnostics) {
    return check(files, basePath, LinkSources.NONE, diagnostics);
  }

  /** The same, reporting each broken link where {@code sources} finds it written. */
  public int check(List<OutputFile> files, String basePath, LinkSources sources, Diagnostics diagnostics) {
    Pages pages = pages(files.stream().map(OutputFile::path).toList(), basePath, sources, diagnostics);
    files.parallelStream().forEach(pages::read);
    return pages.check();
  }

  /**
   * A site's pages read one at a time (from any thread, e.g. as each is written), for a site of
   * the files at {@code paths} (and any {@linkplain Pages#add added} later) published under
   * {@code basePath} ("/" or "/alliance/"). A link to a file not known yet, and a link's {@code
   * #anchor}, wait for the check, once every page's ids are known. Only those are kept, never a
   * page's bytes or its other links, so a site of 100,000 pages is checked in little memory.
   */
  public Pages pages(Collection<String> paths, String basePath, LinkSources sources, Diagnostics diagnostics) {
    Pages pages = new Pages(basePath.endsWith("/") ? basePath : basePath + "/", sources, diagnostics);
    pages.add(paths);
    return pages;
  }

  /**
   * A link waiting for the check: one with an anchor, waiting for its target page's ids, or one
   * to a file no output step had made when its page was read (empty {@code fragment} allowed).
   */
  private record Anchored(String page, String link, String target, String fragment) {}

  /** The pages read so far: their ids, and the links with anchors still to check. */
  public static final class Pages {

    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final String base;
    private final LinkSources sources;
    private final Diagnostics diagnostics;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final Queue<Anchored> anchored = new ConcurrentLinkedQueue<>();
    private final Queue<Anchored> unseen = new ConcurrentLinkedQueue<>();
    /** Most pages repeat the same navigation links: each distinct one is resolved once. */
    private final Map<String, String> resolved = new ConcurrentHashMap<>();
    /** One copy of each id the theme repeats on every page. */
    private final Map<String, String> canonical = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();

    private Pages(String base, LinkSources sources, Diagnostics diagnostics) {
      this.base = base;
      this.sources = sources;
      this.diagnostics = diagnostics;
    }

    /** Reads {@code file}'s links and ids if it is an HTML page, reporting links to missing files. */
    public void read(OutputFile file) {
      if (!file.path().endsWith(".html")) {
        return;
      }
      PageLinks page = LinkChecker.read(file);
      Set<String> own = new HashSet<>();
      page.ids().forEach(id -> own.add(canonical.computeIfAbsent(id, k -> k)));
      ids.put(file.path(), Set.copyOf(own));
      checked.addAndGet(checkFiles(file.path(), page.links()));
    }

    /**
     * Adds files to the site: a build hands each output step's files over as the step finishes,
     * so a page may be read before the file it links to is known.
     */
    public void add(Collection<String> files) {
      paths.addAll(files);
    }

    /** The files of the site added so far (a live, read-only view). */
    public Set<String> files() {
      return Collections.unmodifiableSet(paths);
    }

    /**
     * Checks the links to files unknown when their page was read, and the anchors, once every
     * page is read and every file added; returns how many internal links were checked.
     */
    public int check() {
      for (Anchored a : unseen) {
        if (!paths.contains(a.target())) {
          diagnostics.error("E-LINK", sources.find(a.page(), a.link()).orElse(SourcePosition.of("site/" + a.page())),
              a.link(), a.target());
        } else if (!a.fragment().isEmpty()) {
          anchored.add(a);
        }
      }
      anchored.parallelStream().forEach(a -> {
        Set<String> targetIds = ids.get(a.target());
        String anchor = decode(a.fragment());
        if (targetIds != null && (anchor == null || !targetIds.contains(anchor))) {
          diagnostics.error("E-ANCHOR", sources.find(a.page(), a.link()).orElse(SourcePosition.of("site/" + a.page())),
              a.link(), anchor == null ? a.fragment() : anchor);
        }
      });
      return checked.get();
    }

    /** Checks that each link of the page at {@code path} names a file; returns how many stay on the site. */
    private int checkFiles(String path, List<String> links) {
      SourcePosition onPage = SourcePosition.of("site/" + path);
      int count = 0;
      for (String link : links) {
        if (link.isEmpty() || link.equals("#") || link.startsWith("//") || hasScheme(link)) {
          continue;
        }
        count++;
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? "" : link.substring(hash + 1);
        String target = hash < 0 ? link : link.substring(0, hash);
        int query = target.indexOf('?');
        target = query < 0 ? target : target.substring(0, query);
        String file = path;
        if (!target.isEmpty()) {
          String absolute = target.startsWith("/") ? target : base + directory(path) + target;
          file = resolved.computeIfAbsent(absolute, a -> resolve(a, base));
          if (file.startsWith(UNRESOLVED)) {
            diagnostics.error("E-LINK", sources.find(path, link).orElse(onPage), link, file.substring(1));
            continue;
          }
          if (!paths.contains(file)) {
            unseen.add(new Anchored(path, link, file, fragment));
            continue;
          }
        }
        if (!fragment.isEmpty()) {
          anchored.add(new Anchored(path, link, file, fragment));
        }
      }
      return count;
    }
  }

  /** One pass over the start tags: the ids (and {@code <a name>}) and every href and src. */
  static PageLinks read(OutputFile file) {
    Set<String> ids = new HashSet<>();
    List<String> links = new ArrayList<>();
    HtmlAttributeScanner.scan(file.bytes(), LINKS_AND_IDS, (tag, name, value) -> {
      switch (name) {
        case "id" -> ids.add(value);
        case "name" -> {
          if (tag.equals("a")) {
            ids.add(value);
          }
        }
        case "href", "src" -> links.add(value.strip());
        default -> { }
      }
    });
    return new PageLinks(links, ids);
  }


  /** Whether {@code link} starts with a URL scheme ("https:", "mailto:"): a letter, then letters, digits, "+-.", then ":". */
  static boolean hasScheme(String link) {
    if (link.isEmpty() || !isAsciiLetter(link.charAt(0))) {
      return false;
    }
    for (int i = 1; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The output file an absolute path names, or {@link #UNRESOLVED} + the path when it leaves the site. */
  private static String resolve(String absolute, String base) {
    String normal = normalise(absolute);
    String decoded = normal == null || !normal.startsWith(base) ? null : decode(normal.substring(base.length()));
    if (decoded == null) {
      return UNRESOLVED + (normal == null ? absolute : normal);
    }
    return decoded.isEmpty() || decoded.endsWith("/") ? decoded + "index.html" : decoded;
  }

  /** The folder part of a page's path: "practices/x/" for "practices/x/index.html". */
  private static String directory(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /** Resolves "." and ".." segments; null when ".." climbs above the root. */
  private static String normalise(String absolute) {
    Deque<String> parts = new ArrayDeque<>();
    String[] segments = absolute.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
        if (last) {
          parts.addLast("");
        }
      } else if (s.equals(".")) {
        if (last) {
          parts.addLast("");
        }
      } else {
        parts.addLast(s);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** Percent-decoding as a browser does for paths ('+' stays '+'); null when malformed. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%') {
        if (i + 2 >= raw.length) {
          return null;
        }
        int hi = Character.digit(raw[i + 1], 16);
        int lo = Character.digit(raw[i + 2], 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}

package org.redpress.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.redpress.output.OutputFile;

/**
 * The pages of the previous build with what made them, so a rebuild renders only the pages
 * whose view changed. Each page is checked in two steps:
 *
 * <ol>
 *   <li>its inputs ({@link PlannedPage#inputs}: its template's digest and the records, pager or
 *       term it shows) are compared with the last build's, by identity first, and so are the
 *       inputs every page shares; a preview rebuild hands unchanged records over as the same
 *       objects, so after a one-file edit almost every page is settled here without building
 *       its view;
 *   <li>otherwise its whole view model is built and fingerprinted with its templates (own
 *       template, layout and partials), and the page is rendered only if that fingerprint
 *       changed.
 * </ol>
 *
 * The dependency graph is thus explicit twice over: in the inputs each page declares, and in
 * the views, which hold exactly what a page shows. It also keeps the sitemap, which is made from
 * the same plan, with the URLs and dates it lists. The preview server keeps one across rebuilds.
 */
public final class PageCache {

  private record Entry(byte[] fingerprint, List<Object> inputs, OutputFile file) {}

  private final Map<String, Entry> pages = new ConcurrentHashMap<>();
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();
  private final Set<String> viewed = ConcurrentHashMap.newKeySet();
  private final boolean enabled;
  private final RecordInputs recordInputs;
  private Object shared;
  private volatile boolean sharedUnchanged;
  private List<Object> sitemapKey;
  private OutputFile sitemap;

  /** A cache that remembers pages for the next build (the preview server's rebuilds). */
  public PageCache() {
    this(true);
  }

  private PageCache(boolean enabled) {
    this.enabled = enabled;
    this.recordInputs = new RecordInputs(enabled);
  }

  /** For a one-off build: renders every page and skips fingerprinting, which nothing would reuse. */
  public static PageCache none() {
    return new PageCache(false);
  }

  /**
   * The page from the cache when its inputs, or else its fingerprint, are unchanged; otherwise
   * rendered and remembered. {@code inputs} null means the page must always be fingerprinted.
   * Nothing is compared when the cache is not kept across builds.
   */
  Optional<OutputFile> renderOrReuse(String file, List<Object> inputs, Supplier<byte[]> fingerprintOf,
      Supplier<Optional<OutputFile>> render) {
    if (!enabled) {
      rendered.add(file);
      return render.get();
    }
    Entry entry = pages.get(file);
    if (entry != null && inputs != null && sharedUnchanged && inputs.equals(entry.inputs())) {
      return Optional.of(entry.file());
    }
    viewed.add(file);
    byte[] fingerprint = fingerprintOf.get();
    if (entry != null && Arrays.equals(entry.fingerprint(), fingerprint)) {
      pages.put(file, new Entry(fingerprint, inputs, entry.file()));
      return Optional.of(entry.file());
    }
    rendered.add(file);
    Optional<OutputFile> page = render.get();
    page.ifPresentOrElse(
        p -> pages.put(file, new Entry(fingerprint, inputs, p)),
        () -> pages.remove(file));
    return page;
  }

  /** Drops {@code count} pages (any of them), so the next build renders them again. */
  public void dropPages(int count) {
    Iterator<String> files = pages.keySet().iterator();
    for (int i = 0; i < count && files.hasNext(); i++) {
      files.next();
      files.remove();
    }
  }

  /** The record pages' inputs as the last plan looked them up. */
  RecordInputs recordInputs() {
    return recordInputs;
  }

  /**
   * Starts a build whose pages all share {@code sharedInputs} (configuration, navigation,
   * assets…): when they differ from the last build's, every page is fingerprinted again.
   */
  synchronized void startBuild(Object sharedInputs) {
    rendered.clear();
    viewed.clear();
    sharedUnchanged = shared != null && shared.equals(sharedInputs);
    shared = sharedInputs;
  }

  /**
   * Drops pages the site no longer has; call it once every page of {@code planned} has been
   * rendered or reused, so that each has an entry (or failed) and equal sizes mean nothing is
   * stale.
   */
  void retainOnly(List<PlannedPage> planned) {
    if (pages.size() > planned.size()) {
      pages.keySet().retainAll(planned.stream().map(PlannedPage::file).collect(Collectors.toSet()));
    }
  }

  /**
   * The sitemap made from {@code entries} (every listed page's URL and date): the last one when
   * they are equal, else made afresh and kept.
   */
  synchronized OutputFile sitemap(List<Object> entries, Supplier<OutputFile> make) {
    if (enabled && sitemap != null && entries.equals(sitemapKey)) {
      return sitemap;
    }
    OutputFile made = make.get();
    if (enabled) {
      sitemapKey = entries;
      sitemap = made;
    }
    return made;
  }

  /** The output paths the last build actually rendered (the others were reused), sorted. */
  public Set<String> renderedInLastBuild() {
    return new TreeSet<>(rendered);
  }

  /** The output paths whose view the last build built and fingerprinted, sorted. */
  public Set<String> viewedInLastBuild() {
    return new TreeSet<>(viewed);
  }

  static byte[] fingerprint(byte[] templates, String template, Object model) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(templates);
      digest.update(template.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      // Views are records and ordered collections, so their text form is complete and stable.
      digest.update(String.valueOf(model).getBytes(StandardCharsets.UTF_8));
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}

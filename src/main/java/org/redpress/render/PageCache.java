package org.redpress.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.redpress.model.OutputFile;

/**
 * The pages of the previous build with the fingerprint of what made them: the template files
 * they use and the whole view model they were given. A page whose fingerprint did not change is
 * not rendered again. The dependency graph is therefore explicit in the data: a page depends on
 * exactly what its view holds (its record, lists, related records, reverse links, assets) and on
 * its template, the shared layout and the partials. The preview server keeps one across rebuilds.
 */
public final class PageCache {

  private record Entry(byte[] fingerprint, OutputFile file) {}

  private final Map<String, Entry> pages = new ConcurrentHashMap<>();
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();
  private final boolean enabled;

  /** A cache that remembers pages for the next build (the preview server's rebuilds). */
  public PageCache() {
    this(true);
  }

  private PageCache(boolean enabled) {
    this.enabled = enabled;
  }

  /** For a one-off build: renders every page and skips fingerprinting, which nothing would reuse. */
  public static PageCache none() {
    return new PageCache(false);
  }

  /**
   * The page from the cache when its fingerprint is unchanged, else rendered and remembered.
   * The fingerprint is computed only when the cache is kept across builds.
   */
  Optional<OutputFile> renderOrReuse(String file, Supplier<byte[]> fingerprintOf,
      Supplier<Optional<OutputFile>> render) {
    if (!enabled) {
      rendered.add(file);
      return render.get();
    }
    byte[] fingerprint = fingerprintOf.get();
    Entry entry = pages.get(file);
    if (entry != null && Arrays.equals(entry.fingerprint(), fingerprint)) {
      return Optional.of(entry.file());
    }
    rendered.add(file);
    Optional<OutputFile> page = render.get();
    page.ifPresentOrElse(
        p -> pages.put(file, new Entry(fingerprint, p)),
        () -> pages.remove(file));
    return page;
  }

  /** Starts a build: forgets which pages the last one rendered. */
  void startBuild() {
    rendered.clear();
  }

  /** Drops pages the site no longer has. */
  void retainOnly(Set<String> files) {
    pages.keySet().retainAll(files);
  }

  /** The output paths the last build actually rendered (the others were reused), sorted. */
  public Set<String> renderedInLastBuild() {
    return new TreeSet<>(rendered);
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

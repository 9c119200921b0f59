package org.redpress.media;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.redpress.hashing.Sha256;

/**
 * The photos of one {@code content/media/} folder, processed once each: looked up in the cache by
 * the hash of their bytes (plus the processing version), else processed and stored there. Made
 * per build or preview generation; thread-safe.
 */
public final class PhotoLibrary {

  /** Bumped whenever processing changes its output, so old cache entries are not reused. */
  static final String VERSION = "photo-v1";

  /** The outcome for one file: the processed photo, or why it cannot be published. */
  public sealed interface Result permits Ok, Refused {}

  /** Processed. */
  public record Ok(ProcessedPhoto photo) implements Result {}

  /** Refused, with the reason. */
  public record Refused(MediaProblem problem) implements Result {}

  private final Path mediaDir;
  private final PhotoCache cache;
  private final PhotoProcessor processor;
  private final Map<String, Result> results = new ConcurrentHashMap<>();
  private final Map<String, byte[]> unstored = new ConcurrentHashMap<>();
  private final AtomicInteger processed = new AtomicInteger();

  public PhotoLibrary(Path mediaDir, Path cacheDir, PhotoLimits limits) {
    this.mediaDir = mediaDir.toAbsolutePath().normalize();
    this.cache = new PhotoCache(cacheDir.resolve("photos"));
    this.processor = new PhotoProcessor(limits);
  }

  /** The cache folder of a project: {@code .redpress-cache/} beside {@code content/} (git-ignored). */
  public static Path cacheDirFor(Path contentDir) {
    return contentDir.toAbsolutePath().normalize().getParent().resolve(".redpress-cache");
  }

  /** Whether the build processes this media path as a photo (by its extension). */
  public static boolean isPhoto(String mediaPath) {
    ImageFormat f = ImageFormat.ofName(mediaPath);
    return f == ImageFormat.JPEG || f == ImageFormat.PNG || f == ImageFormat.HEIC || f == ImageFormat.WEBP;
  }

  /** What the bytes of a file that is not named as a photo really are, when they are a photo. */
  public static Optional<String> disguisedPhoto(byte[] head) {
    ImageFormat f = ImageFormat.sniff(head);
    return f == ImageFormat.JPEG || f == ImageFormat.PNG || f == ImageFormat.HEIC || f == ImageFormat.WEBP
        ? Optional.of(f.extension()) : Optional.empty();
  }

  /** The photo at {@code mediaPath}, processed or taken from the cache (memoised). */
  public Result photo(String mediaPath) {
    Result known = results.get(mediaPath);
    if (known != null) {
      return known;
    }
    Result made = make(mediaPath);
    Result raced = results.putIfAbsent(mediaPath, made);
    return raced == null ? made : raced;
  }

  /**
   * Processes every path on up to {@code threads} threads (the build's parallel pass), no more at
   * once than the heap holds at the size limit's worst case ({@link PhotoLimits#concurrency});
   * results as {@link #photo}.
   */
  public void prepare(Collection<String> mediaPaths, int threads) {
    int workers = processor.limits().concurrency(threads, Runtime.getRuntime().maxMemory());
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Result>> futures = mediaPaths.stream().map(p -> pool.submit(() -> photo(p))).toList();
      for (Future<Result> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The bytes of one variant of a processed photo. */
  public byte[] bytes(ProcessedPhoto photo, Variant variant) throws IOException {
    byte[] kept = unstored.get(photo.key() + "/" + variant.width());
    return kept != null ? kept : cache.read(photo.key(), variant);
  }

  /** How many photos this library decoded and encoded (not found in the cache). */
  public int processedCount() {
    return processed.get();
  }

  private Result make(String mediaPath) {
    Path file = mediaDir.resolve(mediaPath).normalize();
    byte[] data;
    try {
      // A photo beside a record is named from content/media/ (../practices/a.jpg): it stays in content/.
      Path contentDir = mediaDir.getParent();
      if (!file.startsWith(contentDir) || !file.toRealPath().startsWith(contentDir.toRealPath())) {
        return new Refused(MediaProblem.of("E-MEDIA-COPY", "outside content/"));
      }
      long size = Files.size(file);
      if (size > processor.limits().maxBytes()) {
        return new Refused(MediaProblem.of("E-PHOTO-LARGE", size / 1024 / 1024,
            processor.limits().maxBytes() / 1024 / 1024));
      }
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Refused(MediaProblem.of("E-MEDIA-COPY", String.valueOf(e.getMessage())));
    }
    String key = Sha256.hex(VERSION + ":" + Sha256.hex(data));
    Optional<ProcessedPhoto> cached = cache.find(key);
    if (cached.isPresent()) {
      return new Ok(cached.get());
    }
    try {
      PhotoProcessor.Output out = processor.process(file.getFileName().toString(), data, key);
      processed.incrementAndGet();
      if (!cache.store(out)) {
        for (int i = 0; i < out.bytes().size(); i++) {
          unstored.put(key + "/" + out.photo().variants().get(i).width(), out.bytes().get(i));
        }
      }
      return new Ok(out.photo());
    } catch (MediaProblemException e) {
      return new Refused(e.problem());
    } catch (OutOfMemoryError e) {
      return new Refused(MediaProblem.of("E-PHOTO-PIXELS", "?", "?",
          processor.limits().maxPixels() / 1_000_000, processor.limits().maxSide()));
    }
  }

}

package org.redpress.content;

import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;

/**
 * Where a media path written in a record points. A record's files sit flat in their type's folder
 * ({@code content/practices/visit.md}), and a photo may sit beside them ({@code
 * content/practices/visit-1.jpg}), as Zola's colocated assets and Hugo's page resources sit beside
 * their page. A path is read relative to the record's file first; when no photo is there, it is a
 * path under {@code content/media/} as before ({@code photos/a.jpg}, {@code media/photos/a.jpg}).
 * A photo beside a record is known by its path relative to {@code content/media/}, {@code
 * ../practices/visit-1.jpg}, and is published at its place under the site's root: {@code
 * practices/visit-1.960w.jpg}. Nothing can point outside {@code content/}.
 */
public final class MediaPaths {

  /**
   * The extensions of photos that may sit beside a record: the ones the build processes, and HEIC,
   * which it refuses with advice on exporting JPEG rather than ignoring it.
   */
  static final Set<String> PHOTO_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png", "webp", "heic", "heif");

  private MediaPaths() {}

  /**
   * A relative path with no absolute or drive prefix, no backslash, no control character, and no
   * {@code .} or {@code ..} but one leading {@code ../} (the record's folder is one level under
   * {@code content/}, so one is as far up as a path can go and stay inside).
   */
  static boolean isSafe(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
        || path.contains("%") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    String rest = path.startsWith("../") ? path.substring(3) : path;
    for (String part : rest.split("/")) {
      if (part.isEmpty() || part.equals("..") || part.equals(".")) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code path} climbs above {@code content/} from a record's folder ({@code ../../x}). */
  static boolean escapes(String path) {
    return path.startsWith("../../") || path.equals("../..");
  }

  /** Whether a file name is a photo that may sit beside a record. */
  static boolean isBesidePhoto(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && PHOTO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The media key of a photo {@code name} that sits in the record folder {@code folder}. */
  static String besideKey(String folder, String name) {
    return "../" + folder + "/" + name;
  }

  /**
   * The media key {@code written} (as a record in {@code folder} wrote it, {@link #isSafe safe})
   * points at: the photo beside the record if {@code media} has it, else the path under {@code
   * content/media/}.
   */
  public static String resolve(String folder, String written, SortedSet<String> media) {
    if (written.startsWith("media/")) {
      return written.substring("media/".length());
    }
    if (written.startsWith("../")) {
      String inContent = written.substring(3);
      return inContent.startsWith("media/") ? inContent.substring("media/".length()) : written;
    }
    String beside = besideKey(folder, written);
    return media.contains(beside) ? beside : written;
  }

  /** A media key as the file's path under {@code content/}: {@code media/a.jpg}, {@code practices/b.jpg}. */
  public static String inContent(String key) {
    return key.startsWith("../") ? key.substring(3) : "media/" + key;
  }
}

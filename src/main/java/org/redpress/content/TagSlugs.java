package org.redpress.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.yaml.YamlNode;
import org.redpress.yaml.YamlScalar;
import org.redpress.yaml.YamlSequence;

/**
 * The URL segment of a tag, and the rule that two different tags never share one. Tags that
 * differ only in letter case or spacing are the same tag ("AI", "ai"; "党建 引领", "党建  引领") and
 * share their page; tags that differ otherwise but would slug alike ("党建/引领", "党建?引领") are an
 * error naming both, so no tag's records silently land on another tag's page.
 */
public final class TagSlugs {

  // Compiled once: every tag of every record is slugged on each build and each preview save.
  private static final Pattern UNSAFE = Pattern.compile("[\\s/\\\\?#%&+:;\"'<>|*.]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TagSlugs() {}

  /** A path segment for a free-text term such as a Chinese tag: kept readable, made safe. */
  public static String slug(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (!lower.isEmpty() && isSafe(lower)) {
      return lower; // most tags (Chinese words) have nothing to replace
    }
    String s = EDGE_DASHES.matcher(UNSAFE.matcher(lower).replaceAll("-")).replaceAll("");
    return s.isEmpty() ? "-" : s;
  }

  /** Whether {@link #UNSAFE} and {@link #EDGE_DASHES} would leave {@code s} as it is. */
  private static boolean isSafe(String s) {
    if (s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "/\\?#%&+:;\"'<>|*.".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** What makes two spellings the same tag: case and runs of white space do not count. */
  static String sameTag(String tag) {
    return SPACES.matcher(tag.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** Reports every tag of {@code sources} whose slug an earlier, different tag already has. */
  static void checkClashes(List<SourceRecord> sources, Diagnostics diagnostics) {
    record First(String tag, SourcePosition at) {}
    Map<String, First> bySlug = new HashMap<>();
    for (SourceRecord source : sources) {
      YamlNode tags = source.fields().get("tags").orElse(null);
      if (!(tags instanceof YamlSequence list)) {
        continue;
      }
      for (YamlNode item : list.items()) {
        if (!(item instanceof YamlScalar s) || s.isNull()) {
          continue;
        }
        String tag = s.text().strip();
        First first = bySlug.putIfAbsent(slug(tag), new First(tag, s.at()));
        if (first != null && !sameTag(first.tag()).equals(sameTag(tag))) {
          diagnostics.error("E-TAG-CLASH", s.at(), tag, first.tag(), first.at().toString(), "tags/" + slug(tag) + "/");
        }
      }
    }
  }
}

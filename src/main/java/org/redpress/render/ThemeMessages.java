package org.redpress.render;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * The theme's words: {@code templates/i18n/zh.yaml}, nested keys joined with dots
 * ({@code list.intro.practice}), texts with {@code {0}}, {@code {1}} … placeholders. Templates
 * call it as {@code t("key")} or {@code t("key", arg…)}; the views call {@link #text}. A key the
 * file lacks is an {@code E-TEMPLATE} at the calling template's line, or (for the views) at the
 * file, reported once. Loaded once per build; thread-safe.
 */
final class ThemeMessages implements TemplateMethodModelEx {

  /** Where the file lives under {@code templates/}. */
  static final String FILE = "i18n/zh.yaml";

  private final Map<String, String> texts;
  private final SourcePosition at;
  private final Diagnostics diagnostics;
  // Keys already reported missing in this build: one diagnostic per key, not one per page.
  private final Set<String> reported = ConcurrentHashMap.newKeySet();
  /** Whether the file itself is missing: reported once, not again for every key it would hold. */
  private final boolean fileMissing;

  private ThemeMessages(Map<String, String> texts, SourcePosition at, Diagnostics diagnostics) {
    this(texts, at, diagnostics, false);
  }

  private ThemeMessages(Map<String, String> texts, SourcePosition at, Diagnostics diagnostics, boolean fileMissing) {
    this.texts = Map.copyOf(texts);
    this.at = at;
    this.diagnostics = diagnostics;
    this.fileMissing = fileMissing;
  }

  /** Messages from a map instead of a file (for templates made on the fly, as in tests). */
  static ThemeMessages of(Map<String, String> texts, Diagnostics diagnostics) {
    return new ThemeMessages(texts, SourcePosition.of("templates/" + FILE), diagnostics);
  }

  /** The messages of {@code templatesDir}; none (with an {@code E-TEMPLATE}) when the file is missing or bad. */
  static ThemeMessages load(Path templatesDir, Diagnostics diagnostics) {
    String dirName = templatesDir.getFileName() == null ? "templates" : templatesDir.getFileName().toString();
    SourcePosition at = SourcePosition.of(dirName + "/" + FILE);
    Path file = templatesDir.resolve(FILE);
    Map<String, String> texts = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      diagnostics.error("E-TEMPLATE", at, "no message file " + FILE + " in the templates folder");
      return new ThemeMessages(texts, at, diagnostics, true);
    }
    try {
      // A key written twice is a mistake to report, not a silent "last one wins".
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      JsonNode root = yaml.readTree(Files.readString(file));
      if (root != null && !root.isMissingNode() && !root.isNull()) {
        if (!root.isObject()) {
          diagnostics.error("E-TEMPLATE", at, "the message file must be a mapping of keys to texts");
        } else {
          flatten("", root, texts, at, diagnostics);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      SourcePosition line = where == null || where.getLineNr() < 1 ? at : at.at(where.getLineNr(), Math.max(where.getColumnNr(), 0));
      diagnostics.error("E-TEMPLATE", line, Templates.shorten(e.getOriginalMessage()));
    } catch (IOException e) {
      diagnostics.error("E-TEMPLATE", at, Templates.shorten(e.getMessage()));
    }
    return new ThemeMessages(texts, at, diagnostics);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out, SourcePosition at,
      Diagnostics diagnostics) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode value = e.getValue();
      if (value.isObject()) {
        flatten(key + ".", value, out, at, diagnostics);
      } else if (value.isValueNode() && !value.isNull()) {
        out.put(key, value.asText());
      } else {
        diagnostics.error("E-TEMPLATE", at, "message " + key + " must be a text or a mapping of texts");
      }
    }
  }

  /** The text of {@code key}, if the file has it (placeholders filled with {@code args}). */
  Optional<String> find(String key, Object... args) {
    String text = texts.get(key);
    return text == null ? Optional.empty() : Optional.of(fill(text, args));
  }

  /** The text of {@code key}; when missing, reports it once and returns the key in braces. */
  String text(String key, Object... args) {
    return find(key, args).orElseGet(() -> {
      if (!fileMissing && reported.add(key)) {
        diagnostics.error("E-TEMPLATE", at, missing(key));
      }
      return "{" + key + "}";
    });
  }

  private String missing(String key) {
    return "no message " + key + " in " + at.file();
  }

  private static String fill(String text, Object[] args) {
    String out = text;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return out;
  }

  /** {@code t("key", arg…)} in a template; a missing key fails the template at the call. */
  @Override
  public Object exec(List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(…) needs a message key, as in t(\"nav.home\")");
    }
    String key = plain((TemplateModel) arguments.get(0));
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      args[i - 1] = plain((TemplateModel) arguments.get(i));
    }
    return find(key, args).orElseThrow(() -> new TemplateModelException(missing(key)));
  }

  /** A template value as the text a placeholder takes: numbers as digits, without grouping. */
  private static String plain(TemplateModel model) throws TemplateModelException {
    if (model instanceof TemplateNumberModel n) {
      Number number = n.getAsNumber();
      return number instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : number.toString();
    }
    if (model instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    return String.valueOf(DeepUnwrap.unwrap(model));
  }
}

package org.redpress.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;

/**
 * The Freemarker set-up of one build: templates from the project's {@code templates/} folder
 * only, HTML auto-escaping ({@code .ftlh}) and XML auto-escaping ({@code .ftlx}, feeds and the
 * sitemap), the theme's words as {@code t(…)}, no access to Java classes, and errors turned into {@code E-TEMPLATE}
 * diagnostics at the template's line and column instead of stack traces. Thread-safe.
 */
final class Templates {

  private final Configuration configuration;
  private final String shownDir;

  private Templates(Configuration configuration, String shownDir) {
    this.configuration = configuration;
    this.shownDir = shownDir;
  }

  /**
   * A fresh configuration over {@code dir} whose templates call {@code messages} as {@code t(…)};
   * empty (with a diagnostic) when it cannot be read.
   */
  static Optional<Templates> open(Path dir, ThemeMessages messages, Diagnostics diagnostics) {
    String shown = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    if (!Files.isDirectory(dir)) {
      diagnostics.error("E-TEMPLATE", SourcePosition.of(shown), "no such folder: " + dir);
      return Optional.empty();
    }
    try {
      Configuration c = new Configuration(Configuration.VERSION_2_3_34);
      // FileTemplateLoader refuses paths (and links) that lead outside the folder.
      c.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
      c.setDefaultEncoding("UTF-8");
      c.setOutputFormat(HTMLOutputFormat.INSTANCE);
      c.setRecognizeStandardFileExtensions(true);
      c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
      c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
      c.setLogTemplateExceptions(false);
      c.setWrapUncheckedExceptions(true);
      c.setAPIBuiltinEnabled(false);
      c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
      c.setObjectWrapper(new ViewObjectWrapper());
      c.setSharedVariable("t", messages);
      c.setNumberFormat("computer");
      c.setBooleanFormat("c");
      c.setLocale(Locale.ROOT);
      c.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
      // No home_zh_CN.ftlh probing: one name, one file.
      c.setLocalizedLookup(false);
      // A record page imports nine libraries and uses a few: each is loaded when first used.
      c.setLazyImports(true);
      return Optional.of(new Templates(c, shown));
    } catch (IOException e) {
      diagnostics.error("E-TEMPLATE", SourcePosition.of(shown), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** The output of {@code name} over {@code model}; empty after reporting an {@code E-TEMPLATE}. */
  Optional<String> render(String name, Map<String, Object> model, Diagnostics diagnostics) {
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter(16 * 1024);
      template.process(model, out);
      return Optional.of(out.toString());
    } catch (TemplateException e) {
      report(e.getTemplateSourceName(), name, e.getLineNumber(), e.getColumnNumber(),
          e.getMessageWithoutStackTop(), diagnostics);
    } catch (ParseException e) {
      report(e.getTemplateName(), name, e.getLineNumber(), e.getColumnNumber(),
          e.getEditorMessage(), diagnostics);
    } catch (IOException e) {
      report(null, name, null, null, String.valueOf(e.getMessage()), diagnostics);
    }
    return Optional.empty();
  }

  private void report(String source, String requested, Integer line, Integer column, String message,
      Diagnostics diagnostics) {
    String file = shownDir + "/" + (source == null ? requested : source);
    SourcePosition at = new SourcePosition(file, line == null ? 0 : line, column == null ? 0 : column);
    diagnostics.error("E-TEMPLATE", at, shorten(message));
  }

  /**
   * The first paragraph of Freemarker's message on one line: what went wrong without the tips and
   * the template stack, which the position already gives.
   */
  static String shorten(String message) {
    if (message == null) {
      return "";
    }
    String text = message;
    int tips = text.indexOf("\n----");
    if (tips >= 0) {
      text = text.substring(0, tips);
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > 300 ? text.substring(0, 299) + "…" : text;
  }
}

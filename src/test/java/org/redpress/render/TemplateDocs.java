package org.redpress.render;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redpress.markdown.SafeHtml;

/**
 * Writes {@code docs/templates.md}: each template with its root variables, then every view type's
 * fields with their types and the meanings their {@link Doc} annotations give. Generated from the
 * view records themselves, so a field added without a meaning fails the generation (and the test
 * that keeps the file current).
 */
final class TemplateDocs {

  /** A template and what it gets; {@code type} is a view record, String or a list of LinkView. */
  record Template(String name, String purpose, Map<String, Type> roots) {}

  private static final Type LINKS = new ListOf(LinkView.class);

  /** Every template the generator renders by name, with its root variables (t is in all of them). */
  static final List<Template> TEMPLATES = List.of(
      html("home.ftlh", "The home page.", HomeView.class),
      html("list.ftlh", "A type's list and a taxonomy term's list, one page of either.", ListView.class),
      html("record.ftlh", "A practice, material, achievement, venue or organization page; the facts it lists come"
          + " from partials/facts/<typeKey>.ftlh, whose function facts(view) returns them.", RecordView.class),
      html("page.ftlh", "A standalone page from content/pages.", RecordView.class),
      html("taxonomy.ftlh", "A taxonomy's index, and the index of learning paths.", TaxonomyView.class),
      html("series.ftlh", "A learning path.", SeriesView.class),
      html("search.ftlh", "The search page; view holds the links to browse without JavaScript.", LINKS),
      html("404.ftlh", "The not-found page; view holds the links to browse from.", LINKS),
      new Template(FeedsStep.TEMPLATE, "Each Atom feed (XML escaping).", Map.of("feed", FeedView.class)),
      new Template(SitemapStep.TEMPLATE, "sitemap.xml (XML escaping); sitemap-1.xml, sitemap-2.xml, … on a site of more than 50,000 pages.", Map.of("sitemap", SitemapView.class)),
      new Template(SitemapStep.INDEX_TEMPLATE, "sitemap.xml on a site of more than 50,000 pages, naming its sitemap files (XML escaping).", Map.of("index", SitemapIndexView.class)),
      new Template(RobotsStep.TEMPLATE, "robots.txt (plain text).", Map.of("sitemapUrl", String.class)));

  private TemplateDocs() {}

  private static Template html(String name, String purpose, Type view) {
    Map<String, Type> roots = new LinkedHashMap<>();
    roots.put("page", PageContext.class);
    roots.put("view", view);
    return new Template(name, purpose, roots);
  }

  /** The Markdown of {@code docs/templates.md}. */
  static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Template variables\n\n")
        .append("<!-- Generated from the view types of src/main/java/org/redpress/render (their @Doc annotations).\n")
        .append("     Do not edit: regenerate with\n")
        .append("     mvn -q test -Dtest=TemplateDocsTest -Dredpress.updateDocs=true -->\n\n")
        .append("The theme under `templates/` decides every word and every byte the public site shows. Java hands\n")
        .append("each template the typed views below: finished hrefs, dates, numbers and the content's own text.\n")
        .append("HTML templates (`.ftlh`) escape every `${…}` for HTML, the feed and sitemap (`.ftlx`) for XML;\n")
        .append("a record's body is sanitised HTML and prints as markup with a plain `${view.body}`.\n\n")
        .append("## Words: `t(…)`\n\n")
        .append("Every template can call `t(\"key\")` or `t(\"key\", value…)`: the text of `key` in\n")
        .append("`templates/i18n/zh.yaml` (nested keys joined with dots), with `{0}`, `{1}` … replaced by the\n")
        .append("values. A key the file lacks stops the build with an `E-TEMPLATE` error at the template's line.\n")
        .append("The views' own words (page titles, list introductions, navigation, dates, sizes, reverse-link\n")
        .append("headings) come from the same file; the comments there say where each one shows. Templates\n")
        .append("write no Chinese word of their own (ThemeOwnsItsWordsTest checks it, comments aside).\n\n")
        .append("## Templates\n\n")
        .append("| Template | Root variables | What it renders |\n")
        .append("|---|---|---|\n");
    Map<Class<?>, Boolean> types = new LinkedHashMap<>();
    for (Template t : TEMPLATES) {
      List<String> roots = new ArrayList<>();
      t.roots().forEach((name, type) -> {
        roots.add("`" + name + "`: " + typeName(type));
        collect(type, types);
      });
      md.append("| `").append(t.name()).append("` | ").append(String.join(", ", roots)).append(" | ")
          .append(escape(t.purpose())).append(" |\n");
    }
    md.append("\n`layout.ftlh` (the page frame, `<@layout.page ctx=page>`) and `partials/` are imported by the\n")
        .append("HTML templates rather than rendered by name; they see what their callers pass them.\n");
    md.append("\n## View types\n\nA field whose meaning says it may be null is tested with `??` (`<#if view.cover??>`) or given a\n")
        .append("default with `!` (`${m.unit!}`); lists are never null, only empty.\n");
    for (Class<?> type : types.keySet()) {
      md.append("\n### ").append(type.getSimpleName()).append("\n\n").append(doc(type, type.getSimpleName()))
          .append("\n\n| Field | Type | Meaning |\n|---|---|---|\n");
      for (RecordComponent c : type.getRecordComponents()) {
        Doc doc = c.getAnnotation(Doc.class);
        if (doc == null) {
          throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no @Doc");
        }
        md.append("| `").append(c.getName()).append("` | ").append(typeName(c.getGenericType())).append(" | ")
            .append(escape(doc.value())).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String doc(Class<?> type, String name) {
    Doc doc = type.getAnnotation(Doc.class);
    if (doc == null) {
      throw new IllegalStateException(name + " has no @Doc");
    }
    return escape(doc.value());
  }

  /** The record types reachable from {@code type}, in the order first met. */
  private static void collect(Type type, Map<Class<?>, Boolean> out) {
    Type element = element(type);
    if (element instanceof Class<?> c && c.isRecord() && c != SafeHtml.class && out.putIfAbsent(c, true) == null) {
      for (RecordComponent rc : c.getRecordComponents()) {
        collect(rc.getGenericType(), out);
      }
    }
  }

  private static Type element(Type type) {
    if (type instanceof ListOf l) {
      return l.element();
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return p.getActualTypeArguments()[0];
    }
    return type;
  }

  private static String typeName(Type type) {
    if (type instanceof ListOf || type instanceof ParameterizedType) {
      return "list of " + typeName(element(type));
    }
    if (type == String.class) {
      return "string";
    }
    if (type == int.class || type == Integer.class || type == double.class) {
      return "number";
    }
    if (type == boolean.class) {
      return "boolean";
    }
    if (type == SafeHtml.class) {
      return "HTML";
    }
    if (type instanceof Class<?> c && c.isRecord() && c != SafeHtml.class) {
      return "[" + c.getSimpleName() + "](#" + c.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
    throw new IllegalStateException("no documented name for " + type);
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;");
  }

  /** {@code List<element>} for a root variable, which has no declaration to reflect on. */
  private record ListOf(Type element) implements Type {}
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Hugo half of bench/vs-hugo.sh (not a test): turns a synthetic redpress project
 * (bench/synth.sh) into a Hugo site with the same records, so both tools build the same content.
 * Every record becomes a page with title, date, tags and summary; sections are paginated by 20
 * like ours; tags, series and programs are taxonomies; each record page lists five related
 * records, scored as ours are (shared tags and organization weigh 2, the program 1); the layout
 * is minimal but comparable (lang="zh-cn", header and search box, record body, tags, links),
 * and record bodies carry data-pagefind-body so Pagefind indexes records only,
 * as redpress's index does.
 * Usage: java bench/HugoSite.java PROJECT_DIR HUGO_DIR
 */
public class HugoSite {

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java bench/HugoSite.java PROJECT_DIR HUGO_DIR");
      System.exit(2);
    }
    Path content = Path.of(args[0], "content");
    Path out = Path.of(args[1]);
    int pages = 0;
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        Path rel = content.relativize(f);
        if (rel.getNameCount() != 2) {
          continue; // site.yaml
        }
        String type = rel.getName(0).toString();
        String name = rel.getName(1).toString();
        String slug = name.replaceFirst("\\.(md|yaml)$", "");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        write(out.resolve("content").resolve(type).resolve(slug + ".md"),
            name.endsWith(".md") ? fromMarkdown(text) : fromYaml(text));
        pages++;
      }
    }
    for (String[] s : new String[][] {{"practices", "实践案例"}, {"materials", "学习资料"},
        {"achievements", "工作成效"}, {"venues", "红色阵地"}, {"organizations", "组织"}}) {
      write(out.resolve("content").resolve(s[0]).resolve("_index.md"), "---\ntitle: " + s[1] + "\n---\n");
    }
    write(out.resolve("config.toml"), """
        baseURL = "https://bench.example.org/"
        languageCode = "zh-cn"
        defaultContentLanguage = "zh"
        hasCJKLanguage = true
        title = "合成测试站点"
        paginate = 20
        [taxonomies]
          tag = "tags"
          series = "series"
          program = "programs"
        [related]
          includeNewer = true
          threshold = 0
          toLower = false
          [[related.indices]]
            name = "tags"
            weight = 200
          [[related.indices]]
            name = "organizations"
            weight = 200
          [[related.indices]]
            name = "programs"
            weight = 100
        """);
    layouts(out.resolve("layouts"));
    System.out.println(pages + " records written as Hugo pages under " + out.resolve("content"));
  }

  /** Front matter keys kept as they are; the rest of the record's fields become facts in the body. */
  private static final List<String> KEPT = List.of("title", "date", "tags", "summary", "series", "program", "organization");

  private static String fromMarkdown(String text) {
    int end = text.indexOf("\n---\n", 4);
    Map<String, String> fields = fields(text.substring(4, end));
    String body = text.substring(end + 5);
    return page(fields, body);
  }

  private static String fromYaml(String text) {
    Map<String, String> fields = fields(text);
    fields.put("title", fields.remove("name"));
    String body = fields.containsKey("description") ? fields.remove("description") + "\n" : "";
    return page(fields, body);
  }

  private static String page(Map<String, String> fields, String body) {
    StringBuilder fm = new StringBuilder("---\n");
    StringBuilder facts = new StringBuilder();
    for (var e : fields.entrySet()) {
      if (KEPT.contains(e.getKey())) {
        String key = switch (e.getKey()) { case "program" -> "programs"; case "organization" -> "organizations"; default -> e.getKey(); };
        String value = List.of("program", "series", "organization").contains(e.getKey()) ? "[" + e.getValue() + "]"
            : e.getKey().equals("date") || e.getKey().equals("tags") ? e.getValue() : quote(e.getValue());
        fm.append(key).append(": ").append(value).append('\n');
      } else if (!e.getValue().isEmpty()) {
        facts.append("- ").append(e.getKey()).append("：").append(e.getValue()).append('\n');
      }
    }
    return fm.append("---\n").append(body).append(facts.isEmpty() ? "" : "\n" + facts).toString();
  }

  /** The flat "key: value" lines of the generator's front matter (nested lines are kept whole). */
  private static Map<String, String> fields(String yaml) {
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    for (String line : yaml.split("\n")) {
      if (line.startsWith(" ") && last != null) {
        fields.merge(last, line.strip(), (a, b) -> (a + " " + b).strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        last = line.substring(0, colon).strip();
        fields.put(last, line.substring(colon + 1).strip());
      }
    }
    return fields;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void layouts(Path dir) throws IOException {
    write(dir.resolve("_default/baseof.html"), """
        <!DOCTYPE html>
        <html lang="zh-cn">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if not .IsHome }}{{ .Title }} - {{ end }}{{ site.Title }}</title>
        <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 120 }}{{ end }}">
        <link rel="canonical" href="{{ .Permalink }}">
        </head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
        <nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}<a href="{{ "/tags/" | relURL }}">标签</a></nav>
        <form action="/search/" method="get" role="search"><input type="search" name="q" aria-label="搜索"></form>
        </header>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer><p>{{ site.Title }}</p></footer>
        </body>
        </html>
        """);
    write(dir.resolve("_default/single.html"), """
        {{ define "main" }}
        <article data-pagefind-body>
        <h1>{{ .Title }}</h1>
        {{ if not .Date.IsZero }}<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time></p>{{ end }}
        {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
        {{ with .Params.organizations }}<p>组织：{{ delimit . "、" }}</p>{{ end }}
        {{ .Content }}
        {{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
        </article>
        {{ with first 5 (site.RegularPages.Related .) }}<aside><h2>相关内容</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></aside>{{ end }}
        <nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
        {{ end }}
        """);
    write(dir.resolve("_default/list.html"), """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ $pager := .Paginate .Pages.ByDate.Reverse }}
        <ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if not .Date.IsZero }} <time>{{ .Date.Format "2006-01-02" }}</time>{{ end }}<p>{{ with .Params.summary }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 80 }}{{ end }}</p></li>{{ end }}</ul>
        {{ template "_internal/pagination.html" . }}
        {{ end }}
        """);
    write(dir.resolve("index.html"), """
        {{ define "main" }}
        <h1>{{ site.Title }}</h1>
        <ul>{{ range first 20 site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
        {{ end }}
        """);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

package org.redpress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of the bundled site, so one of every kind, is valid HTML by the Nu HTML Checker (the engine behind
 * validator.w3.org/nu), run in-process with its bundled schemas: no network, no server.
 */
class HtmlValidityTest {

  private static NuHtmlChecker checker;

  @BeforeAll
  static void setUpChecker() throws Exception {
    checker = new NuHtmlChecker();
  }

  @Test
  void everyPageOfTheBundledSiteAndSoEveryKindOfPageHasNoHtmlErrors() throws Exception {
    BundledSite site = BundledSite.get();
    Map<String, String> kinds = site.samplePages();
    List<String> pages = site.files.keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (String page : pages) {
      NuHtmlChecker.Report report = checker.check(page, site.files.get(page).text());
      report.warnings().forEach(w -> System.out.println("vnu warning " + page + ":" + w));
      if (!report.errors().isEmpty()) {
        errors.put(page, report.errors());
      }
    }
    assertThat(kinds.keySet()).as("page kinds").contains("home", "list practice", "list practice page 2",
        "record material", "record venue", "record page", "term of tags", "series", "search", "404")
        .hasSizeGreaterThanOrEqualTo(20);
    assertThat(pages).as("pages checked").containsAll(kinds.values());
    assertThat(errors)
        .withFailMessage("Nu HTML Checker errors per page:%n%s", errors.entrySet().stream()
            .map(e -> e.getKey() + "\n    " + String.join("\n    ", e.getValue()))
            .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void aMistakeSlippedIntoTheEndOfARealPageIsFound() throws Exception {
    String home = BundledSite.get().files.get("index.html").text();
    String broken = home.replace("</footer>", "<span id=\"main\">重复的编号</span></footer>");
    assertThat(broken).isNotEqualTo(home);
    assertThat(checker.check("index.html", broken).errors())
        .singleElement().asString().contains("Duplicate ID \u201cmain\u201d");
  }

  @Test
  void theCheckerReportsTheMistakesOfABrokenPage() throws Exception {
    NuHtmlChecker.Report report = checker.check("broken.html", """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>坏页面</title></head>
        <body><main><img src="a.png"><p><div>块在段落里</div></p><a href="#" id="x">一</a><b id="x">二</b>
        </main></body></html>
        """);
    assertThat(String.join("\n", report.errors()))
        .contains("alt")
        .contains("Duplicate ID")
        .contains("No \u201cp\u201d element in scope");
  }

  @Test
  void theCheckerPassesAMinimalValidPage() throws Exception {
    NuHtmlChecker.Report report = checker.check("ok.html", """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>好页面</title></head>
        <body><main><h1>标题</h1><p>正文</p></main></body></html>
        """);
    assertThat(report.errors()).isEmpty();
  }
}

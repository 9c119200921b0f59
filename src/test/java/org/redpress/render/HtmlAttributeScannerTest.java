package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.build.BuildResult;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.testing.AllianceFixture;

class HtmlAttributeScannerTest {

  private static List<String> scanned(String html) {
    List<String> out = new ArrayList<>();
    HtmlAttributeScanner.scan(html.getBytes(StandardCharsets.UTF_8), List.of("id", "href", "src", "name"), (tag, name, value) -> {
      if (!name.equals("name") || tag.equals("a")) {
        out.add(name + "=" + value);
      }
    });
    return out;
  }

  private static List<String> parsed(String html) {
    List<String> out = new ArrayList<>();
    for (Element el : Jsoup.parse(html).getAllElements()) {
      el.attributes().forEach(a -> {
        String name = a.getKey();
        if (name.equals("id") || name.equals("href") || name.equals("src") || name.equals("name") && el.normalName().equals("a")) {
          out.add(name + "=" + a.getValue());
        }
      });
    }
    return out;
  }

  @Test
  void readsQuotedUnquotedAndEncodedValuesButNotTextOrScripts() {
    String html = """
        <!DOCTYPE html><!-- <a href="/comment/"> --><p>文字 href="/text/" &lt;a href="/escaped/"&gt;</p>
        <script>var s = '<a href="/in-script/">';</script><TITLE><a href="/t/"></TITLE>
        <A HREF='/single/?a=1&amp;b=2' id=plain>x</A><img src = "/img.svg" alt="a > b"><a name="n"></a>
        """;
    assertThat(scanned(html)).containsExactly("href=/single/?a=1&b=2", "id=plain", "src=/img.svg", "name=n");
    assertThat(scanned(html)).containsExactlyInAnyOrderElementsOf(parsed(html));
  }

  @Test
  void agreesWithJsoupOnEveryPageOfTheAllianceSite(@TempDir Path out) {
    Diagnostics diagnostics = new Diagnostics();
    PipelineOptions options = AllianceFixture.options(out.resolve("site"));
    BuildResult result = new Pipeline(options).check(diagnostics);
    List<OutputFile> pages = result.files().stream().filter(f -> f.path().endsWith(".html")).toList();
    assertThat(pages).hasSizeGreaterThan(100);
    for (OutputFile page : pages) {
      assertThat(scanned(page.text())).as(page.path()).containsExactlyInAnyOrderElementsOf(parsed(page.text()));
    }
  }
}

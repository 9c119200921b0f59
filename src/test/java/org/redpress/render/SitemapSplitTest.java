package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.redpress.config.SiteConfig;
import org.redpress.config.SiteConfigLoader;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;
import org.redpress.yaml.YamlReader;
import org.w3c.dom.Document;

/**
 * A sitemap lists at most 50,000 URLs (sitemaps.org; search engines read no further): past that,
 * sitemap.xml becomes an index of sitemap-1.xml, sitemap-2.xml, …, each within the limit.
 */
class SitemapSplitTest {

  private final Diagnostics diagnostics = new Diagnostics();
  private final SiteConfig config = config(diagnostics);
  private final Templates templates = Templates.open(Path.of("templates"),
      ThemeMessages.load(Path.of("templates"), diagnostics), diagnostics).orElseThrow();

  /** The sub-path fixture's site.yaml: https://example.org/alliance/. */
  private static SiteConfig config(Diagnostics diagnostics) {
    try {
      String yaml = java.nio.file.Files.readString(Path.of("src/test/resources/sites/subpath/content/site.yaml"));
      return new SiteConfigLoader(new YamlReader()).load(yaml, "content/site.yaml", diagnostics).orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<SitemapView.Url> urls(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> new SitemapView.Url("https://example.org/alliance/p/" + i + "/", i % 2 == 0 ? "2018-06-30" : null))
        .toList();
  }

  @Test
  void aSiteWithinTheLimitHasOneSitemap() throws Exception {
    List<OutputFile> files = SitemapStep.files(urls(5), 5, new Links(config), templates, diagnostics);
    assertThat(files).extracting(OutputFile::path).containsExactly("sitemap.xml");
    assertThat(xml(files.get(0)).getElementsByTagName("url").getLength()).isEqualTo(5);
    assertThat(diagnostics.hasErrors()).isFalse();
  }

  @Test
  void aSitePastTheLimitGetsAnIndexOfSitemapsEachWithinIt() throws Exception {
    List<OutputFile> files = SitemapStep.files(urls(12), 5, new Links(config), templates, diagnostics);
    assertThat(files).extracting(OutputFile::path)
        .containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
    Document index = xml(files.get(3));
    assertThat(index.getDocumentElement().getTagName()).isEqualTo("sitemapindex");
    List<String> named = new ArrayList<>();
    for (int i = 0; i < index.getElementsByTagName("loc").getLength(); i++) {
      named.add(index.getElementsByTagName("loc").item(i).getTextContent());
    }
    assertThat(named).containsExactly("https://example.org/alliance/sitemap-1.xml",
        "https://example.org/alliance/sitemap-2.xml", "https://example.org/alliance/sitemap-3.xml");
    List<String> listed = new ArrayList<>();
    for (OutputFile part : files.subList(0, 3)) {
      Document d = xml(part);
      assertThat(d.getElementsByTagName("url").getLength()).isBetween(1, 5);
      for (int i = 0; i < d.getElementsByTagName("loc").getLength(); i++) {
        listed.add(d.getElementsByTagName("loc").item(i).getTextContent());
      }
    }
    assertThat(listed).isEqualTo(urls(12).stream().map(SitemapView.Url::loc).toList());
    assertThat(diagnostics.hasErrors()).isFalse();
  }

  private static Document xml(OutputFile file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
  }
}

package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

  @Test
  void tellsAnAtomFeedFromOtherXmlByItsRootElement() {
    String feed = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">";
    assertThat(ContentTypes.of("feed.xml", bytes(feed)))
        .isEqualTo("application/atom+xml; charset=utf-8");
    assertThat(ContentTypes.of("sitemap.xml", bytes("<?xml version=\"1.0\"?><urlset>"))).isEqualTo("application/xml");
  }

  @Test
  void givesTextTypesTheirCharsetAndUnknownExtensionsOctets() {
    assertThat(ContentTypes.of("a/b/index.html", bytes(""))).isEqualTo("text/html; charset=utf-8");
    assertThat(ContentTypes.of("x.JS", bytes(""))).isEqualTo("text/javascript; charset=utf-8");
    assertThat(ContentTypes.of("search/ab/s/1.bin", bytes(""))).isEqualTo("application/octet-stream");
    assertThat(ContentTypes.of("LICENSE", bytes(""))).isEqualTo("application/octet-stream");
  }

  @Test
  void takesTypesFromJettysTableAndFillsTheExtensionsItLacks() {
    assertThat(ContentTypes.of("s/site.css", bytes(""))).isEqualTo("text/css; charset=utf-8");
    assertThat(ContentTypes.of("a.woff2", bytes(""))).isEqualTo("font/woff2");
    assertThat(ContentTypes.of("search/index.json", bytes(""))).isEqualTo("application/json");
    assertThat(ContentTypes.of("site.webmanifest", bytes(""))).isEqualTo("application/manifest+json");
    assertThat(ContentTypes.of("notes.md", bytes(""))).isEqualTo("text/markdown; charset=utf-8");
    assertThat(ContentTypes.of("robots.txt", bytes(""))).isEqualTo("text/plain; charset=utf-8");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

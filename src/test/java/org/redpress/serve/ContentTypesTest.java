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

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "activities.ics                | text/calendar; charset=utf-8",
      "activities/x.ICS              | text/calendar; charset=utf-8",
      "site.webmanifest              | application/manifest+json",
      "sitemap.xml                   | application/xml",
      "icons/mark.svg                | image/svg+xml",
      "media/handbook.pdf            | application/pdf",
      "media/talk.mp4                | video/mp4",
      "media/talk.webm               | video/webm",
      "share/x.png                   | image/png",
      "media/a.jpg                   | image/jpeg",
      "media/a.jpeg                  | image/jpeg",
      "media/a.webp                  | image/webp",
      "media/a.avif                  | image/avif",
      "favicon.ico                   | image/vnd.microsoft.icon",
      "media/a.docx                  | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "media/a.xlsx                  | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "media/a.pptx                  | application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "media/a.doc                   | application/msword",
      "media/a.mp3                   | audio/mpeg",
      "fonts/x.woff2                 | font/woff2",
      "assets/site.css               | text/css; charset=utf-8",
      "assets/a.js                   | text/javascript; charset=utf-8",
  })
  void servesEveryKindOfFileTheBuildWritesWithItsType(String path, String type) {
    assertThat(ContentTypes.of(path, bytes("x"))).isEqualTo(type);
  }

  @Test
  void aTextFileWithAByteOrderMarkIsStillUtf8Text() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(ContentTypes.of("media/list.txt", bom)).isEqualTo("text/plain; charset=utf-8");
    assertThat(ContentTypes.of("media/list.csv", bom)).isEqualTo("text/csv; charset=utf-8");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that try to climb out of the site (research catalogue S1–S4): each one is sent as
 * written, on a raw socket, and must get 400 or 404 and nothing of the secret planted beside
 * {@code site/}, nor of {@code /etc/passwd}.
 */
class PathSafetyTest {

  private static final String SECRET = "TOP-SECRET-d41d8cd9";

  private static PreviewFixture site;

  @BeforeAll
  static void plantSecretsBesideAndInsideTheSiteFolder() throws IOException {
    site = SharedPreview.get();
    Files.writeString(site.project.resolve("secret.txt"), SECRET);
    Path link = site.project.resolve("site/leak.txt");
    Files.deleteIfExists(link);
    // A symlink planted in the folder on disk, pointing out of it (S3).
    Files.createSymbolicLink(link, site.project.resolve("secret.txt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt",
      "/a/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/%2e/index.html",
      "/.%2e/secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e%2fsecret.txt",
      "/practices/..%2f..%2fsecret.txt",
      "/%252e%252e/secret.txt",
      "/%252e%252e%252fsecret.txt",
      "/%u002e%u002e/secret.txt",
      "/..\\secret.txt",
      "/..%5csecret.txt",
      "/%5c..%5csecret.txt",
      "/%c0%ae%c0%ae/secret.txt",
      "/%c0%ae%c0%ae%c0%afsecret.txt",
      "/%e0%80%ae%e0%80%ae/secret.txt",
      "/%c1%9c..%c1%9csecret.txt",
      "/%00/secret.txt",
      "/.%00/secret.txt",
      "/index.html%00",
      "/index.html%00.txt",
      "//secret.txt",
      "//etc/passwd",
      "/etc/passwd",
      "/..;/secret.txt",
      "/%2e%2e;/secret.txt",
      "/index.html;x",
      "/index.html.",
      "/index.html/",
      "/INDEX.HTML",
      "/leak.txt",
      "http://127.0.0.1/../secret.txt",
      "http://127.0.0.1/%2e%2e/secret.txt",
      "file:///etc/passwd",
      "C:\\secret.txt",
      "..",
      "*",
  })
  void aRequestTryingToLeaveTheSiteGets400Or404AndNothingOutsideIt(String target) {
    PreviewFixture.RawResponse r = site.raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1");
    assertThat(r.status()).as(target).isIn(400, 404);
    assertThat(r.text()).as(target).doesNotContain(SECRET).doesNotContain("root:x:");
  }

  @Test
  void anAbsoluteFileSystemPathIsJustAPageThatDoesNotExist() {
    String absolute = site.project.resolve("secret.txt").toString();
    PreviewFixture.RawResponse r = site.raw("GET " + absolute + " HTTP/1.1\r\nHost: 127.0.0.1");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text()).doesNotContain(SECRET);
  }

  @Test
  void nonAsciiFileNamesEncodedAsUtf8AreStillAllowed() {
    // Not refused by the guard: a 404 from the lookup, not a 400.
    assertThat(site.raw("GET /media/%E5%9B%BE.png HTTP/1.1\r\nHost: 127.0.0.1").status()).isEqualTo(404);
  }
}

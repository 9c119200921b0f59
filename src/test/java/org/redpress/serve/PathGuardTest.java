package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jetty.http.HttpURI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard on its own, without Jetty's parser in front: Jetty 12.1 already refuses most of
 * these, and the guard must refuse them as well, in case a later version or setting lets one by.
 */
class PathGuardTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "/../x", "/a/../../x", "/./x", "/%2e%2e/x", "/%2E/x", "/..%2fx", "/%2f", "/%252e%252e/x", "/..\\x", "/%5cx",
      "/%c0%ae/x", "/%c1%9c", "/%f8%80%80%80%ae", "/%00", "/x%0a", "/x%7f", "//x", "/x//y", "/x;y", "/%", "/%g1",
      "/x%2", "/%u002e"})
  void theRawPathCheckRefusesEachTrickOnItsOwn(String raw) {
    assertThat(PathGuard.rawIsClean(raw)).as(raw).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/practices/x/", "/assets/site.3f2a9c1b.css", "/media/%E5%9B%BE%20%E7%89%87.png"})
  void ordinaryPathsPass(String raw) {
    assertThat(PathGuard.rawIsClean(raw)).as(raw).isTrue();
    assertThat(PathGuard.check(HttpURI.from("http://127.0.0.1" + raw))).isPresent();
  }

  @Test
  void givesTheDecodedPathForTheLookup() {
    assertThat(PathGuard.check(HttpURI.from("http://127.0.0.1/media/%E5%9B%BE.png"))).hasValue("/media/图.png");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%2e%2e/x", "/a/%2e%2e/b", "/a%2fb", "/a/%2e/b", "/a%5cb", "/%c0%ae/", "/%00", "/a;b/c"})
  void refusesWhatJettysParserFlagsOrCannotParse(String raw) {
    assertThat(refused(raw)).as(raw).isTrue();
  }

  private static boolean refused(String raw) {
    try {
      return PathGuard.check(HttpURI.from("http://127.0.0.1" + raw)).isEmpty();
    } catch (IllegalArgumentException e) {
      return true; // Jetty's parser refuses it outright
    }
  }
}

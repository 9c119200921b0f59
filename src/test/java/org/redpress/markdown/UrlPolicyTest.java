package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

  private final UrlPolicy policy = new UrlPolicy();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.com",
        "https://example.com/a?b=c#d",
        "HTTPS://EXAMPLE.COM",
        "mailto:party@example.com",
        "tel:+86-10-12345678",
        "/practices/lifaqiao/",
        "../media/photo.jpg",
        "media/photo.jpg",
        "#一支部建设",
        "?page=2",
        "//cdn.example.com/a.js"
      })
  void allowsWebMailPhoneAndRelativeUrls(String url) {
    assertThat(policy.isAllowed(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u0000javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\u200Bscript:alert(1)",
        "java&#115;cript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#106avascript:alert(1)",
        "javascript&colon;alert(1)",
        "java&amp;#115;cript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:image/png;base64,AAAA",
        "file:///etc/passwd",
        "ftp://example.com/",
        "c:\\windows\\system32",
        "weixin://dl/chat"
      })
  void refusesEveryOtherSchemeAlsoWhenHiddenByEntitiesOrWhitespace(String url) {
    assertThat(policy.isAllowed(url)).isFalse();
  }

  @Test
  void refusesNullAndBlankUrls() {
    assertThat(policy.isAllowed(null)).isFalse();
    assertThat(policy.isAllowed("")).isFalse();
    assertThat(policy.isAllowed(" \t")).isFalse();
  }

  @Test
  void namesTheRefusedSchemeForWarnings() {
    assertThat(UrlPolicy.refusalReason("java&#115;cript:x")).isEqualTo("javascript:");
    assertThat(UrlPolicy.refusalReason(" DATA:x")).isEqualTo("data:");
    assertThat(UrlPolicy.refusalReason("")).isEqualTo("empty");
    assertThat(UrlPolicy.refusalReason("https://example.com")).isEmpty();
  }

  @Test
  void treatsOnlyWebUrlsAsExternal() {
    assertThat(policy.isExternal("https://example.com")).isTrue();
    assertThat(policy.isExternal("//example.com")).isTrue();
    assertThat(policy.isExternal("/\\example.com")).isTrue();
    assertThat(policy.isExternal("/practices/")).isFalse();
    assertThat(policy.isExternal("mailto:a@example.com")).isFalse();
    assertThat(policy.isExternal("javascript:alert(1)")).isFalse();
  }
}

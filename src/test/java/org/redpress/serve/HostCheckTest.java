package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostCheckTest {

  @Test
  void onLoopbackAcceptsOnlyNamesOfThisComputer() {
    HostCheck check = new HostCheck("127.0.0.1");

    assertThat(check.allows("127.0.0.1:8080")).isTrue();
    assertThat(check.allows("localhost:8080")).isTrue();
    assertThat(check.allows("LOCALHOST")).isTrue();
    assertThat(check.allows("preview.localhost:8080")).isTrue();
    assertThat(check.allows("[::1]:8080")).isTrue();
    assertThat(check.allows("127.1.2.3")).isTrue();

    assertThat(check.allows("evil.example")).as("a rebound name").isFalse();
    assertThat(check.allows("evil.example:8080")).isFalse();
    assertThat(check.allows("localhost.evil.example")).isFalse();
    assertThat(check.allows("127.0.0.1.evil.example")).isFalse();
    assertThat(check.allows("192.168.1.5:8080")).isFalse();
    assertThat(check.allows("")).isFalse();
    assertThat(check.allows(null)).isFalse();
  }

  @Test
  void acceptsAnyNameWhenTheEditorSharesThePreviewOnAnotherAddress() {
    assertThat(new HostCheck("0.0.0.0").allows("laptop.example:8080")).isTrue();
  }
}

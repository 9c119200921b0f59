package org.redpress.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.yaml.YamlReader;

class SiteConfigLoaderTest {

  private final Diagnostics diagnostics = new Diagnostics();

  private SiteConfig load(String yaml) {
    return new SiteConfigLoader(new YamlReader()).load(yaml, "content/site.yaml", diagnostics).orElse(null);
  }

  @Test
  void readsWhoRunsTheSiteAndTheSourcesRecordsCite() {
    SiteConfig config = load("""
        title: 测试
        baseUrl: https://example.org/
        programs: [{key: livelihood, name: 惠民生, title: 党建引领惠民生工程}]
        footer:
          publisher: 某某街道党工委
          police: 苏公网安备 32062102000123号
        sources:
          - {key: article, title: 探索基层党建工作新路径, author: 王荣贵}
        """);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(config.footer().publisher()).isEqualTo("某某街道党工委");
    assertThat(config.footer().police()).isEqualTo("苏公网安备 32062102000123号");
    assertThat(config.source("article")).hasValueSatisfying(s -> {
      assertThat(s.author()).isEqualTo("王荣贵");
      assertThat(s.publisher()).isNull();
    });
  }

  @Test
  void refusesASourceLinkThatIsNotAFullHttpAddressWithItsLine() {
    load("""
        title: 测试
        baseUrl: https://example.org/
        programs: [{key: livelihood, name: 惠民生, title: 党建引领惠民生工程}]
        sources:
          - {key: bad, title: 坏链接, url: "javascript:alert(1)"}
        """);
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E-SITE-URL");
      assertThat(d.at().line()).isEqualTo(5);
    });
  }

  @Test
  void allowsNoVideoPlatformUnlessSiteYamlListsItsHost() {
    SiteConfig none = load("""
        title: 测试
        baseUrl: https://example.org/
        programs: [{key: livelihood, name: 惠民生}]
        """);
    assertThat(none.allowsVideoHost("player.bilibili.com")).isFalse();
    SiteConfig some = load("""
        title: 测试
        baseUrl: https://example.org/
        programs: [{key: livelihood, name: 惠民生}]
        videoHosts: [player.bilibili.com]
        """);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(some.allowsVideoHost("player.bilibili.com")).isTrue();
    assertThat(some.allowsVideoHost("www.bilibili.com")).isFalse();
  }

  @Test
  void refusesAVideoHostWrittenAsAnAddressAtItsLine() {
    SiteConfig config = load("""
        title: 测试
        baseUrl: https://example.org/
        programs: [{key: livelihood, name: 惠民生}]
        videoHosts:
          - player.bilibili.com
          - https://v.qq.com/
        """);
    assertThat(diagnostics.sorted()).extracting(d -> d.code() + "@" + d.at().line())
        .containsExactly("E-VIDEO-HOST@6");
    assertThat(config.videoHosts()).containsExactly("player.bilibili.com");
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.output.OutputFile;

/** Share cards, icons and the manifest: raster, the right size, the same bytes every time. */
class ShareStepTest {

  private static final String ORIGIN = "https://example.org";

  @Test
  void everyIndexedPageSharesAPngOf1200By630ThatTheSiteHas(@TempDir Path dir) throws IOException {
    List<OutputFile> files = RenderFixture.render(RenderFixture.project(dir, Fixtures.ALLIANCE), RenderFixture.THEME,
        new Diagnostics());
    Map<String, OutputFile> byPath = files.stream().collect(Collectors.toMap(OutputFile::path, Function.identity()));
    List<OutputFile> pages = files.stream().filter(f -> f.path().endsWith(".html")).toList();
    assertThat(pages).isNotEmpty();
    for (OutputFile page : pages) {
      String image = Jsoup.parse(page.text()).select("meta[property=og:image]").attr("content");
      assertThat(image).as(page.path()).startsWith(ORIGIN + "/alliance/share/").endsWith(".png");
      OutputFile card = byPath.get(image.substring((ORIGIN + "/alliance/").length()));
      assertThat(card).as(image).isNotNull();
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(card.bytes()));
      assertThat(decoded.getWidth()).isEqualTo(ShareCard.WIDTH);
      assertThat(decoded.getHeight()).isEqualTo(ShareCard.HEIGHT);
    }
  }

  @Test
  void aCardIsTheSameBytesFromAFreshlyLoadedFontAndDiffersWithItsTitle() {
    ShareCard first = new ShareCard(font());
    ShareCard second = new ShareCard(font());
    byte[] a = first.card("第一课：“三大工程”是什么", "学习资料", "海安开发区红色党建教育联盟");
    assertThat(second.card("第一课：“三大工程”是什么", "学习资料", "海安开发区红色党建教育联盟")).isEqualTo(a);
    assertThat(first.card("第二课：强堡垒", "学习资料", "海安开发区红色党建教育联盟")).isNotEqualTo(a);
  }

  @Test
  void namesTheCharactersTheCardFontCannotDraw() {
    ShareCard card = new ShareCard(font());
    assertThat(card.missing("驿站 A1 “加油站”—…")).isEmpty();
    assertThat(card.missing("龘站𠀀")).isEqualTo("龘𠀀");
  }

  @Test
  void wrapsTitlesWithoutStartingALineWithClosingPunctuationOrSplittingAWord() {
    ShareCard card = new ShareCard(font());
    String title = "红色党建教育联盟汇集一百多处阵地，打造“五分钟路程、一刻钟课堂”学习模式 Redpress2026";
    List<String> lines = card.wrap(title, 76, 1040, Integer.MAX_VALUE);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(title.replace(" ", ""));
    assertThat(lines).allSatisfy(l -> assertThat("，。、”）》").doesNotContain(l.substring(0, 1)));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("Redpress2026"));
    List<String> cut = card.wrap(title, 76, 1040, 1);
    assertThat(cut).hasSize(1);
    assertThat(cut.get(0)).endsWith("…");
  }

  @Test
  void iconsAndManifestAreMadeForAHomeScreen(@TempDir Path dir) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    List<OutputFile> files = RenderFixture.render(RenderFixture.project(dir, Fixtures.ALLIANCE), RenderFixture.THEME,
        diagnostics);
    for (int size : ShareStep.ICON_SIZES) {
      BufferedImage icon = ImageIO.read(new ByteArrayInputStream(RenderFixture.file(files, ShareStep.iconPath(size)).bytes()));
      assertThat(icon.getWidth()).isEqualTo(size);
      assertThat(icon.getHeight()).isEqualTo(size);
    }
    JsonNode manifest = new ObjectMapper().readTree(RenderFixture.file(files, ShareStep.MANIFEST).bytes());
    assertThat(manifest.path("start_url").asText()).isEqualTo("/alliance/");
    assertThat(manifest.path("icons").findValuesAsText("src"))
        .containsExactly("/alliance/icons/icon-180.png", "/alliance/icons/icon-192.png", "/alliance/icons/icon-512.png");
    String home = RenderFixture.file(files, "index.html").text();
    assertThat(Jsoup.parse(home).select("link[rel=manifest]").attr("href")).isEqualTo("/alliance/manifest.webmanifest");
    assertThat(Jsoup.parse(home).select("link[rel=apple-touch-icon]").attr("href")).isEqualTo("/alliance/icons/icon-180.png");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).doesNotContain("W-CARD-FONT", "W-CARD-GLYPH");
  }

  @Test
  void aTermsPagesAndAListsLaterPagesShareTheCardOfTheirIndex() {
    assertThat(ShareStep.cardPath("")).isEqualTo("share/index.png");
    assertThat(ShareStep.cardPath("practices/a-1/")).isEqualTo("share/practices/a-1.png");
    assertThat(ShareStep.cardPath("practices/page/12/")).isEqualTo("share/practices.png");
    assertThat(ShareStep.cardPath("tags/党建/page/2/")).isEqualTo("share/tags.png");
    assertThat(ShareStep.cardPath("years/2024/")).isEqualTo("share/years.png");
    assertThat(ShareStep.cardPath("404.html")).isEqualTo("share/404.png");
    assertThat(ShareStep.cardPath("venues/page-one/")).isEqualTo("share/venues/page-one.png");
  }

  private static Font font() {
    Diagnostics diagnostics = new Diagnostics();
    return CardFont.load(RenderFixture.THEME, diagnostics).orElseThrow();
  }
}

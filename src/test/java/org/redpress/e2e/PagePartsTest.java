package org.redpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagePartsTest {

  private static final String SHARED_CHARSET = "<meta charset=\"utf-8\">";
  private static final String SHARED_CSS = "<link rel=\"stylesheet\" href=\"/assets/site.css\">";
  private static final Set<String> SHARED = Set.of(SHARED_CHARSET, SHARED_CSS);

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <title>案例 - 联盟</title>
      <meta name="description" content="一个案例">
      <link rel="stylesheet" href="/assets/site.css">
      <script src="/assets/search.js" defer></script>
      </head>
      <body class="page-record">
      <nav class="main-nav"><ul>
        <li><a href="/">首页</a></li>
        <li><a href="/practices/" aria-current="page">实践案例</a></li>
      </ul></nav>
      <nav class="crumbs"><ol><li><a href="/">首页</a></li></ol></nav>
      <main id="main">
      <h1>案例 &lt;b&gt;</h1>
      <p>正文</p>
      </main>
      <footer>页脚</footer>
      </body>
      </html>
      """;

  @Test
  void cutsOutWhatThePageAddsAndLeavesTheSharedFrame() {
    PageParts split = PageParts.split(PAGE, SHARED);

    assertThat(split.parts()).extracting(PageParts.Part::name)
        .containsExactly("head title", "head script", "body class", "nav current", "crumbs", "main");
    assertThat(split.layout())
        .contains(SHARED_CHARSET + "\n<!--page:head title-->\n" + SHARED_CSS + "\n<!--page:head script-->\n</head>")
        .contains("<body class=\"<!--page:body class-->\">")
        .contains("<li><a href=\"/practices/\">实践案例</a></li>")
        .contains("<!--page:crumbs-->\n<!--page:main-->\n<footer>")
        .doesNotContain("正文");
    assertThat(split.partsText()).startsWith("""
        == head title
        <title>案例 - 联盟</title>
        <meta name="description" content="一个案例">

        == head script
        """).contains("""
        == nav current
        <a href="/practices/" aria-current="page">实践案例</a>
        """);
  }

  @Test
  void putsThePageBackTogetherCharacterForCharacter() {
    assertThat(PageParts.split(PAGE, SHARED).page()).isEqualTo(PAGE);
  }

  @Test
  void anyChangedOrMissingCharacterChangesTheLayoutOrTheParts() {
    PageParts original = PageParts.split(PAGE, SHARED);
    List<String> unnoticed = new ArrayList<>();
    for (int i = 0; i < PAGE.length(); i++) {
      char c = PAGE.charAt(i);
      String changed = PAGE.substring(0, i) + (c == 'x' ? 'y' : 'x') + PAGE.substring(i + 1);
      String missing = PAGE.substring(0, i) + PAGE.substring(i + 1);
      for (String mutant : List.of(changed, missing)) {
        if (sameGolden(original, mutant)) {
          unnoticed.add(i + ": " + mutant.substring(Math.max(0, i - 20), Math.min(mutant.length(), i + 20)));
        }
      }
    }
    assertThat(unnoticed).isEmpty();
  }

  @Test
  void keepsOnlyTheMarkersOfThePartsAPageHas() {
    String layout = "<body class=\"<!--page:body class-->\">\n<!--page:crumbs-->\n<!--page:main-->\n</body>";

    assertThat(PageParts.keepMarkers(layout, Set.of("body class", "main")))
        .isEqualTo("<body class=\"<!--page:body class-->\">\n<!--page:main-->\n</body>");
  }

  @Test
  void refusesAPageThatContainsTheLayoutMarker() {
    assertThatThrownBy(() -> PageParts.split(PAGE.replace("<p>正文", "<p><!--page:main-->"), SHARED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Whether the golden files could not tell {@code mutant} from {@code original}. */
  private static boolean sameGolden(PageParts original, String mutant) {
    PageParts split;
    try {
      split = PageParts.split(mutant, SHARED);
    } catch (RuntimeException unsplittable) {
      return false; // the golden test fails on it
    }
    return split.layout().equals(original.layout()) && split.partsText().equals(original.partsText());
  }
}

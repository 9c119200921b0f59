package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BareLinksTest {

  @Test
  void linksWhatFlexmarksAutolinkExtensionLinks() {
    List<String> inputs = List.of(
        "详见 https://example.org/a?b=1&c=2 。",
        "联系 party@example.org 或 www.example.org。",
        "WWW.EXAMPLE.ORG 与 Www.example.org",
        "实体写的 http&#58;//example.org 与 a&#64;b.cn",
        "转义的 \\@ 与 mailto:x@y.cn",
        "不是链接：时间 8:30，比例 1:2。",
        "纯中文段落，没有任何链接。\n第二行，仍然没有。",
        "`https://code.example` 与 [链接](https://x.example) 和 <https://y.example>",
        "- 列表 https://list.example\n- 第二项 ftp://files.example/a.txt",
        "| 表 | 址 |\n|---|---|\n| 甲 | https://table.example |");
    for (String markdown : inputs) {
      assertThat(html(new BareLinks(), markdown)).as(markdown).isEqualTo(html(AutolinkExtension.create(), markdown));
    }
    assertThat(html(new BareLinks(), inputs.get(1))).contains("href=\"mailto:party@example.org\"")
        .contains("href=\"http://www.example.org");
  }

  @Test
  void looksOnlyAtTextWithACharacterALinkNeeds() {
    assertThat(BareLinks.mayHoldLink("党建引领，聚合力量。")).isFalse();
    assertThat(BareLinks.mayHoldLink("12 个项目")).isFalse();
    for (String text : List.of("a:b", "x@y", "www", "W", "&#58;")) {
      assertThat(BareLinks.mayHoldLink(text)).as(text).isTrue();
    }
  }

  private static String html(Extension links, String markdown) {
    MutableDataSet options = new MutableDataSet(MarkdownRenderer.OPTIONS);
    List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(MarkdownRenderer.OPTIONS));
    extensions.removeIf(e -> e instanceof BareLinks);
    extensions.add(links);
    options.set(Parser.EXTENSIONS, extensions);
    return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
  }
}

package org.redpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownMemoTest {

  @Test
  void rendersEachTextOnce() {
    MarkdownMemo memo = new MarkdownMemo();
    assertThat(memo.render("# 标题\n\n正文。")).isSameAs(memo.render("# 标题\n\n正文。"));
  }

  @Test
  void aNextGenerationTakesWhatTheLastRenderedAndRendersOnlyNewText() {
    MarkdownMemo first = new MarkdownMemo();
    RenderedMarkdown kept = first.render("没有改动的正文。");
    RenderedMarkdown edited = first.render("改动前的正文。");

    MarkdownMemo second = new MarkdownMemo(first);
    assertThat(second.render("没有改动的正文。")).isSameAs(kept);
    RenderedMarkdown now = second.render("改动后的正文。");
    assertThat(now).isNotSameAs(edited);
    assertThat(now.html().html()).contains("改动后");

    // The generation after sees only what the second asked for: the old text of the edit is gone.
    MarkdownMemo third = new MarkdownMemo(second);
    assertThat(third.render("没有改动的正文。")).isSameAs(kept);
    assertThat(third.render("改动前的正文。")).isNotSameAs(edited);
  }
}

package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeFiguresTest {

  @TempDir Path dir;

  @Test
  void theHomePageShowsTheFeaturedFiguresInTheEditorsOrderNotTheNewest() {
    RenderedSite site = RenderedSite.of(dir, Fixtures.ALLIANCE + """
        -- content/achievements/newest.yaml --
        title: 最新的成效，未被推荐
        date: 2019-06-30
        program: livelihood
        metrics:
          - {label: 新数字, value: 7, unit: 个}
        -- content/achievements/rounded.yaml --
        title: 服务6万余人次
        date: 2018-01-31
        program: livelihood
        featured: 1
        metrics:
          - {label: 专业机构累计服务群众, value: 60000, qualifier: 余, unit: 人次}
        """);
    Document home = site.html("index.html");
    // result.yaml (98.1%) is featured 1 too but newer: among equals the newer comes first.
    assertThat(home.select(".home-figures .figure-value").eachText()).containsExactly("98.1%", "6万余人次");
    assertThat(home.select(".home-figures .figure-label").eachText()).doesNotContain("新数字");
  }

  @Test
  void aRecordPageShowsARoundedFigureWithItsQualifier() {
    RenderedSite site = RenderedSite.of(dir, Fixtures.ALLIANCE + """
        -- content/achievements/rounded.yaml --
        title: 服务近2万名群众
        date: 2018-01-31
        program: livelihood
        metrics:
          - {label: 服务群众, value: 20000, qualifier: 近, unit: 名}
          - {label: 参训人数, value: 100, qualifier: 以上, unit: 人}
        """);
    Document page = site.html("achievements/rounded/index.html");
    assertThat(page.select(".metrics .figure-value").eachText()).containsExactly("近2万名", "100人以上");
  }
}

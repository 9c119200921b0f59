package org.redpress.render;

/** Small inline projects for the render tests, in {@code TestSite}'s txtar form. */
final class Fixtures {

  private Fixtures() {}

  /** A site under {@code /alliance/} with every page kind, a learning path of three lessons and a hostile title. */
  static final String ALLIANCE = """
      -- content/site.yaml --
      title: 测试联盟
      description: 用于渲染测试的站点
      baseUrl: https://example.org/alliance/
      pagination: 2
      programs:
        - {key: fortress, name: 强堡垒, title: 党建引领强堡垒工程, description: 建强支部}
        - {key: development, name: 促发展, title: 党建引领促发展工程, description: 推动发展}
        - {key: livelihood, name: 惠民生, title: 党建引领惠民生工程, description: 服务群众}
      venueTypes:
        - {key: station, name: 红色加油站, count: 36}
        - {key: study-point, name: 楼宇学习点, count: 20}
      series:
        - {key: basics, title: 三大工程入门, description: 五分钟一课}
      footer:
        text: 测试页脚
        icp: 苏ICP备12345678号
      -- content/practices/evil.md --
      ---
      title: 标题<script>alert(1)</script>
      date: 2019-05-01
      program: fortress
      organization: branch-a
      venues: [hall]
      tags: [党史学习, 支部建设]
      summary: '摘要" onmouseover="x'
      cover: cover.svg
      metrics:
        - {label: 参与党员, value: 120, unit: 人, period: 2019年}
      ---
      ## 第一节

      正文见 [关于](/about/) 和 [第二节](#第二节)。

      ## 第二节

      内容。<script>alert(2)</script>

      ## 第三节

      更多内容。
      -- content/practices/second.md --
      ---
      title: 第二个实践
      date: 2018-06-30
      program: development
      organization: branch-a
      approximate: true
      note: 日期为估计。
      ---
      正文。
      -- content/practices/third.md --
      ---
      title: 第三个实践
      date: 2017-01-15
      program: livelihood
      tags: [党史学习]
      ---
      正文。
      -- content/materials/lesson-1.md --
      ---
      title: 第一课
      date: 2018-01-01
      kind: course
      series: basics
      order: 1
      ---
      第一课正文。
      -- content/materials/lesson-2.md --
      ---
      title: 第二课
      date: 2018-01-02
      kind: course
      series: basics
      order: 2
      minutes: 5
      attachments:
        - {title: 讲义, file: handout.txt}
      ---
      第二课的正文有一些汉字。
      -- content/materials/lesson-3.md --
      ---
      title: 第三课
      date: 2018-01-03
      kind: course
      series: basics
      order: 3
      ---
      第三课正文。
      -- content/achievements/result.yaml --
      title: 满意率达到98.1%
      date: 2018-09-30
      program: livelihood
      featured: 1
      practices: [second]
      metrics:
        - {label: 满意率, value: 98.1, unit: "%", period: 2018年第三季度}
      -- content/venues/hall.yaml --
      name: 展览馆
      type: station
      address: 开发区
      location: {lat: 32.5, lng: 120.4, datum: wgs84}
      description: 一处展馆。
      -- content/organizations/committee.yaml --
      name: 党工委
      kind: committee
      -- content/organizations/branch-a.yaml --
      name: 甲支部
      kind: branch
      parent: committee
      members: 30
      -- content/pages/about.md --
      ---
      title: 关于
      menu: 1
      ---
      关于本站。
      -- content/media/cover.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/media/handout.txt --
      讲义
      """;
}

package org.redpress.cli;

import java.time.LocalDate;
import org.redpress.config.SiteConfig;
import org.redpress.content.Placeholders;
import org.redpress.content.RecordType;

/**
 * The starting text of a new record: its fields filled with placeholders that {@code check}
 * refuses until the editor replaces them (see {@link Placeholders}).
 */
final class RecordTemplate {

  private final SiteConfig config;
  private final LocalDate today;

  RecordTemplate(SiteConfig config, LocalDate today) {
    this.config = config;
    this.today = today;
  }

  String text(RecordType type, String title) {
    String name = yamlString(title == null || title.isBlank() ? Placeholders.of("标题") : title);
    String program = config == null || config.programs().isEmpty() ? "fortress" : config.programs().get(0).key();
    String venueType = config == null || config.venueTypes().isEmpty() ? "station" : config.venueTypes().get(0).key();
    return switch (type) {
      case PRACTICE -> markdown("title: " + name + "\ndate: " + today + "\nprogram: " + program
          + "\ntags: []\n", Placeholders.of("正文：这个实践案例做了什么、怎么做、效果如何。"));
      case MATERIAL -> markdown("title: " + name + "\ndate: " + today + "\nkind: article\nminutes: 10\ntags: []\n",
          Placeholders.of("正文：学习资料的内容。"));
      case ACHIEVEMENT -> markdown("title: " + name + "\ndate: " + today + "\nprogram: " + program
          + "\nmetrics:\n  - label: " + Placeholders.of("指标名称") + "\n    value: 0\n    unit: \"%\"\npractices: []\n",
          Placeholders.of("正文：说明这项成效。"));
      case VENUE -> "name: " + name + "\ntype: " + venueType + "\naddress: " + Placeholders.of("地址")
          + "\ndescription: " + Placeholders.of("简介") + "\n"
          + "# 以下按实际情况填写，不知道的不写（不要编造）：\n"
          + "# street: 某街道              # 街道或镇，搜索可按它筛选\n"
          + "# community: 某社区           # 社区或村\n"
          + "# house_number: 某路 1 号     # 门牌\n"
          + "# location: {lat: 32.5, lng: 120.4, datum: gcj02}   # 从高德/腾讯地图复制的是 gcj02，百度是 bd09\n"
          + "# opening:\n#   weekly: {mon: \"09:00-11:30, 14:00-17:00\", sat: 休息}\n#   appointment: false\n"
          + "# phone: 0513-8888 8888\n# contact: 联系人\n# capacity: 50\n# accessibility: [step-free]\n";
      case ORGANIZATION -> "name: " + name + "\nkind: branch\ndescription: " + Placeholders.of("简介") + "\n";
      case ACTIVITY -> markdown("title: " + name + "\nstart: " + today + " 09:00\nend: " + today + " 10:30"
          + "\n# rrule: FREQ=MONTHLY   # 重复时写，例如每季度 FREQ=MONTHLY;INTERVAL=3\nstate: scheduled\ntags: []\n"
          + "# venue: 阵地编号            # 在哪个阵地举办（content/venues/ 下的文件名）\n"
          + "# organizer: 组织编号        # 谁主办（content/organizations/ 下的文件名）\n"
          + "# audience: 面向谁\n# agenda: 活动安排\n"
          + "# signup: {contact: 联系人和电话, limit: 30, deadline: " + today + "}\n"
          + "# reason: 取消或延期时写明原因\n",
          Placeholders.of("正文：活动内容。"));
      case PAGE -> markdown("title: " + name + "\n", Placeholders.of("正文：页面内容。"));
    };
  }

  private static String markdown(String frontMatter, String body) {
    return "---\n" + frontMatter + "---\n\n" + body + "\n";
  }

  /** Double-quoted YAML string, so any title is written safely. */
  private static String yamlString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

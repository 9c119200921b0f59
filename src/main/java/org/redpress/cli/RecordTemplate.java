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
          + "\ndescription: " + Placeholders.of("简介") + "\n";
      case ORGANIZATION -> "name: " + name + "\nkind: branch\ndescription: " + Placeholders.of("简介") + "\n";
      case ACTIVITY -> markdown("title: " + name + "\nstart: " + today + " 09:00\nend: " + today + " 10:30"
          + "\n# rrule: FREQ=MONTHLY   # 重复时写，例如每季度 FREQ=MONTHLY;INTERVAL=3\nstate: scheduled\ntags: []\n",
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

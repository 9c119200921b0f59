package org.redpress.cli;

import java.time.LocalDate;
import org.redpress.config.SiteConfig;
import org.redpress.content.RecordType;

/** The starting text of a new record: its required fields filled with valid placeholders. */
final class RecordTemplate {

  private final SiteConfig config;
  private final LocalDate today;

  RecordTemplate(SiteConfig config, LocalDate today) {
    this.config = config;
    this.today = today;
  }

  String text(RecordType type, String title) {
    String name = yamlString(title == null || title.isBlank() ? "请填写标题" : title);
    String program = config == null || config.programs().isEmpty() ? "fortress" : config.programs().get(0).key();
    String venueType = config == null || config.venueTypes().isEmpty() ? "station" : config.venueTypes().get(0).key();
    return switch (type) {
      case PRACTICE -> markdown("title: " + name + "\ndate: " + today + "\nprogram: " + program
          + "\ntags: []\nsummary: \"\"\n", "在这里写实践案例的正文。");
      case MATERIAL -> markdown("title: " + name + "\ndate: " + today + "\nkind: article\nminutes: 10\ntags: []\n",
          "在这里写学习资料的正文。");
      case ACHIEVEMENT -> markdown("title: " + name + "\ndate: " + today + "\nprogram: " + program
          + "\nmetrics:\n  - label: 请填写指标名称\n    value: 0\n    unit: \"%\"\npractices: []\n", "在这里说明这项成效。");
      case VENUE -> "name: " + name + "\ntype: " + venueType + "\naddress: \"\"\ndescription: \"\"\n";
      case ORGANIZATION -> "name: " + name + "\nkind: branch\ndescription: \"\"\n";
      case PAGE -> markdown("title: " + name + "\n", "在这里写页面内容。");
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

package org.redpress.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a deterministic synthetic project of N Chinese records (all types, with references,
 * tags, series and metrics) for benchmarks: the same N always gives the same files. It lives in
 * the test tree because only the benchmarks use it; {@code bench/synth.sh} runs {@link #main}.
 */
public final class SyntheticContent {

  private static final String[] PHRASES = {
    "党建引领", "基层党组织", "三会一课", "志愿服务", "书记项目", "红色阵地", "学习教育", "党员先锋",
    "为民服务", "产业发展", "乡村振兴", "园区企业", "诚信经营", "民生实事", "矛盾化解", "满意率",
    "网格治理", "文明实践", "主题党日", "组织生活", "结对帮扶", "微心愿", "项目化服务", "清单化服务",
    "社会化服务", "党建工作站", "商圈党建", "楼宇学习点", "实境课堂", "廉政文化", "青年干部", "星级积分"
  };
  private static final String[] VERBS = {"推进", "开展", "落实", "完善", "深化", "建立", "创新", "提升"};
  private static final String[] PROGRAMS = {"fortress", "development", "livelihood"};
  private static final String[] KINDS = {"article", "video", "document", "course"};

  private final Random random;

  public SyntheticContent(long seed) {
    this.random = new Random(seed);
  }

  /** {@code RECORDS DIR [SEED]}: writes RECORDS records (seed 42 by default) under DIR/content. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SyntheticContent RECORDS DIR [SEED]");
      System.exit(2);
    }
    int records = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    new SyntheticContent(args.length > 2 ? Long.parseLong(args[2]) : 42).write(dir, records);
    System.out.println(records + " records written under " + dir.resolve("content"));
  }

  /** Writes {@code records} records and a site.yaml under {@code projectDir/content}. */
  public void write(Path projectDir, int records) throws IOException {
    Path content = projectDir.resolve("content");
    int orgs = Math.max(1, records / 20);
    int venues = Math.max(1, records / 10);
    int materials = records / 4;
    int achievements = records / 10;
    int practices = Math.max(1, records - orgs - venues - materials - achievements);
    write(content.resolve("site.yaml"), site());
    for (int i = 0; i < orgs; i++) {
      write(content.resolve("organizations/org-" + i + ".yaml"), "name: " + title() + "党支部\nkind: branch\nmembers: "
          + (10 + random.nextInt(90)) + (i > 0 ? "\nparent: org-0" : "") + "\n");
    }
    for (int i = 0; i < venues; i++) {
      write(content.resolve("venues/venue-" + i + ".yaml"), "name: " + title() + "学习点\ntype: "
          + (i % 2 == 0 ? "station" : "study-point") + "\norganization: org-" + random.nextInt(orgs)
          + "\ndescription: " + sentence() + "\n");
    }
    for (int i = 0; i < practices; i++) {
      write(content.resolve("practices/practice-" + i + ".md"), "---\ntitle: " + title() + "\ndate: " + date()
          + "\nprogram: " + PROGRAMS[random.nextInt(3)] + "\norganization: org-" + random.nextInt(orgs)
          + "\nvenues: [venue-" + random.nextInt(venues) + "]\ntags: [" + tag() + ", " + tag() + "]\nsummary: "
          + sentence() + "\n---\n" + body());
    }
    for (int i = 0; i < materials; i++) {
      write(content.resolve("materials/material-" + i + ".md"), "---\ntitle: " + title() + "\ndate: " + date()
          + "\nkind: " + KINDS[random.nextInt(4)] + "\nseries: series-" + (i / 5) + "\norder: " + (i % 5 + 1)
          // No minutes: a declared length would have to match the text (W-MINUTES); the site estimates it.
          + "\ntags: [" + tag() + "]\n---\n" + body());
    }
    for (int i = 0; i < achievements; i++) {
      write(content.resolve("achievements/achievement-" + i + ".md"), "---\ntitle: " + title() + "\ndate: " + date()
          + "\nprogram: " + PROGRAMS[random.nextInt(3)] + "\npractices: [practice-" + random.nextInt(practices)
          + "]\nmetrics:\n  - {label: 满意率, value: " + (80 + random.nextInt(20)) + "." + random.nextInt(10)
          + ", unit: \"%\"}\ntags: [" + tag() + "]\n---\n" + body());
    }
  }

  private static String site() {
    return """
        title: 合成测试站点
        description: 基准测试用的合成内容
        baseUrl: https://bench.example.org/
        pagination: 20
        programs:
          - {key: fortress, name: 强堡垒, title: 党建引领强堡垒工程}
          - {key: development, name: 促发展, title: 党建引领促发展工程}
          - {key: livelihood, name: 惠民生, title: 党建引领惠民生工程}
        venueTypes:
          - {key: station, name: 红色加油站, count: 36}
          - {key: study-point, name: 楼宇学习点, count: 20}
        """;
  }

  private String title() {
    return PHRASES[random.nextInt(PHRASES.length)] + VERBS[random.nextInt(VERBS.length)]
        + PHRASES[random.nextInt(PHRASES.length)];
  }

  private String tag() {
    return PHRASES[random.nextInt(PHRASES.length)];
  }

  private String date() {
    return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)).toString();
  }

  private String sentence() {
    return title() + "，" + VERBS[random.nextInt(VERBS.length)] + PHRASES[random.nextInt(PHRASES.length)]
        + "工作" + (random.nextInt(500) + 1) + "项。";
  }

  private String body() {
    StringBuilder b = new StringBuilder();
    int paragraphs = 2 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (p == 1) {
        b.append("\n## ").append(title()).append("\n\n");
      }
      for (int s = 0; s < 3 + random.nextInt(5); s++) {
        b.append(sentence());
      }
      b.append("\n\n");
    }
    return b.toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

package org.redpress.search;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.redpress.config.SiteConfig;
import org.redpress.content.Metric;
import org.redpress.content.Record;
import org.redpress.content.RecordType;
import org.redpress.content.Ref;
import org.redpress.content.ResolvedContent;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.SourcePosition;
import org.redpress.model.BuildOptions;
import org.redpress.model.SiteModel;
import org.redpress.model.SiteModelBuilder;

/**
 * A deterministic synthetic site of Chinese party-building records, for the search benchmark and
 * the parity test: domain words, numbers, Latin and a long tail of common characters, so the
 * index has realistic frequent and rare bigrams. Same size and seed, same site.
 */
public final class SyntheticCorpus {

  private static final String[] WORDS = (
      "党建 党建引领 基层党组织 党支部 党员 志愿服务 志愿者 三会一课 书记项目 满意率 满意度 红色阵地 红色加油站 "
      + "学习强国 主题党日 党史学习教育 不忘初心 牢记使命 为民服务 基层治理 网格化 社区 村居 园区 商圈 楼宇 "
      + "两新组织 非公企业 先锋模范 示范岗 党员责任区 承诺践诺 清单化服务 项目化服务 社会化服务 幸福党建 "
      + "乡村振兴 强村富民 征收拆迁 项目开工 营商环境 诚信经营 文明实践 新时代文明实践中心 实境课堂 "
      + "理论宣讲 微心愿 认领 走访慰问 困难群众 老党员 青年党员 入党积极分子 发展党员 组织生活会 民主评议 "
      + "积分管理 星级评定 软弱涣散 整顿提升 结对共建 区域联盟 资源共享 阵地共用 活动共办 难题共解 "
      + "满意度测评 群众获得感 幸福感 安全感 便民服务 代办服务 助老 助残 关爱留守儿童 垃圾分类 "
      + "平安建设 矛盾调解 信访 化解 应急处置 疫情防控 防汛抗旱 安全生产 经济开发区 高质量发展 招商引资 "
      + "产业链 党建工作站 服务站 驿站 学习点 文化街 展览馆 纪念馆 教育基地 五分钟学习圈 线上课堂 "
      + "微党课 云课堂 视频 讲义 手册 问答 解读 总览 成效 做法 经验 案例 机制 制度 台账 清单 考核")
      .split(" ");

  private static final String[] VERBS =
      "开展 推进 落实 建立 完善 组织 举办 深化 打造 推动 带领 服务 解决 协调 引导 覆盖 提升 创新".split(" ");

  private static final String[] PLACES =
      "海安 开发区 立发桥村 七星湖 宁海南路 城东 城西 高新园区 老街 新区 滨河 花园 东方 翠苑 明珠".split(" ");

  /** A long tail of common characters, two to four at a time, gives the rare bigrams real text has. */
  private static final String COMMON =
      "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
      + "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
      + "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
      + "道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特"
      + "件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队"
      + "南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风"
      + "切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许"
      + "步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列";

  private static final String[] TYPES_BY_SHARE = {
    "practice", "practice", "practice", "practice", "practice", "practice", "practice",
    "material", "material", "material", "material", "material",
    "achievement", "achievement", "achievement", "achievement",
    "venue", "venue", "organization", "page"
  };

  private final SplittableRandom random;

  private SyntheticCorpus(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The site's configuration: the alliance's three programs, default search weights. */
  public static SiteConfig config() {
    return new SiteConfig("合成测试站点", "用于搜索基准", URI.create("https://bench.example.org/"), "zh-CN", 10,
        List.of(new SiteConfig.Program("fortress", "强堡垒", "党建引领强堡垒工程", ""),
            new SiteConfig.Program("development", "促发展", "党建引领促发展工程", ""),
            new SiteConfig.Program("livelihood", "惠民生", "党建引领惠民生工程", "")),
        List.of(new SiteConfig.VenueType("station", "红色加油站", 36)),
        List.of(), new SiteConfig.Footer("", null, null, null, null, null, null), List.of(), SiteConfig.TagPages.DEFAULT,
        Map.of("title", 4f, "tags", 3f, "summary", 2f, "body", 1f), List.of());
  }

  /** A published site of {@code count} records. */
  public static SiteModel site(int count, long seed) {
    List<Record> records = new SyntheticCorpus(seed).records(count);
    return new SiteModelBuilder(new BuildOptions(false, false, LocalDate.of(2030, 1, 1)))
        .build(new ResolvedContent(config(), records, new TreeSet<>()), new Diagnostics());
  }

  private List<Record> records(int count) {
    List<Record> out = new ArrayList<>();
    int orgs = Math.max(1, count / 50);
    for (int i = 0; i < count; i++) {
      RecordType type = RecordType.byKey(TYPES_BY_SHARE[random.nextInt(TYPES_BY_SHARE.length)]).orElseThrow();
      out.add(record(type, String.format("r%05d", i), orgs));
    }
    for (int i = 0; i < orgs; i++) {
      out.add(new Record.Organization(meta(RecordType.ORGANIZATION, String.format("org%04d", i), null),
          "党支部", null, 10 + random.nextInt(200), sentence()));
    }
    return out;
  }

  private Record record(RecordType type, String id, int orgs) {
    Ref org = new Ref(String.format("org%04d", random.nextInt(orgs)), SourcePosition.of("synthetic"));
    String program = List.of("fortress", "development", "livelihood").get(random.nextInt(3));
    return switch (type) {
      case PRACTICE -> new Record.Practice(meta(type, id, date()), program, org, List.of(), null, metrics(), List.of(), List.of());
      case MATERIAL -> new Record.Material(meta(type, id, date()), "article", null, null, null, 5 + random.nextInt(30),
          List.of(), null, List.of(), null, List.of(), List.of());
      case ACHIEVEMENT -> new Record.Achievement(meta(type, id, date()), program, metrics(), List.of(), org, null);
      case VENUE -> new Record.Venue(meta(type, id, null), "station", pick(PLACES) + "路" + random.nextInt(300) + "号",
          new Record.Address(null, null, null), null, null, null, null, null, null, List.of(), sentence(), null, org);
      case ORGANIZATION -> new Record.Organization(meta(type, id, null), "党支部", null, 20, sentence());
      case ACTIVITY -> new Record.Activity(meta(type, id, null), java.time.LocalDateTime.of(2026, 12, 20, 9, 0), null,
          null, null, org, sentence(), null, null, null, null);
      case PAGE -> new Record.Page(meta(type, id, null), null);
    };
  }

  private org.redpress.content.Meta meta(RecordType type, String id, LocalDate date) {
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (int t = random.nextInt(4); t > 0; t--) {
      tags.add(pick(WORDS));
    }
    return new org.redpress.content.Meta(type, id, "synthetic/" + id, title(), date, false, List.copyOf(tags),
        random.nextInt(5) == 0 ? "" : sentence(), body(), 1, false, "", List.of());
  }

  private LocalDate date() {
    return LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365 * 13));
  }

  private String title() {
    StringBuilder s = new StringBuilder(pick(PLACES));
    s.append(pick(WORDS)).append(pick(VERBS)).append(pick(WORDS));
    if (random.nextInt(3) == 0) {
      s.append(random.nextInt(2) == 0 ? "：" : "，").append(tail(2 + random.nextInt(5))).append(pick(WORDS));
    }
    return s.toString();
  }

  private String body() {
    StringBuilder s = new StringBuilder();
    int paragraphs = 1 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (random.nextInt(4) == 0) {
        s.append("## ").append(pick(WORDS)).append(pick(WORDS)).append("\n\n");
      }
      for (int k = 2 + random.nextInt(5); k > 0; k--) {
        s.append(sentence());
      }
      s.append("\n\n");
    }
    return s.toString();
  }

  private String sentence() {
    StringBuilder s = new StringBuilder();
    switch (random.nextInt(6)) {
      case 0 -> s.append(2012 + random.nextInt(13)).append("年以来，");
      case 1 -> s.append(pick(PLACES)).append("共有").append(10 + random.nextInt(990)).append("名党员参与，");
      case 2 -> s.append("满意率达到").append(80 + random.nextInt(20)).append('.').append(random.nextInt(10)).append("%，");
      default -> { }
    }
    for (int parts = 1 + random.nextInt(3); parts > 0; parts--) {
      s.append(pick(VERBS)).append(pick(WORDS)).append(tail(1 + random.nextInt(6)));
      if (random.nextInt(8) == 0) {
        s.append(List.of("App", "5G", "G20", "580", "24小时", "1+1>2", "ＡＢＣ").get(random.nextInt(7)));
      }
      s.append(parts > 1 ? "，" : "");
    }
    return s.append(random.nextInt(10) == 0 ? "！" : "。").toString();
  }

  private String tail(int chars) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < chars; i++) {
      // Squaring the uniform draw skews towards the front of COMMON: a rough Zipf-like tail.
      double u = random.nextDouble();
      s.append(COMMON.charAt((int) (u * u * COMMON.length())));
    }
    return s.toString();
  }

  private List<Metric> metrics() {
    List<Metric> out = new ArrayList<>();
    for (int m = random.nextInt(3); m > 0; m--) {
      out.add(new Metric(pick(WORDS), String.valueOf(1 + random.nextInt(5000)), null, "人次", null, null, null));
    }
    return out;
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }
}

package org.redpress.content;

import static org.redpress.content.FieldSpec.Kind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The field definitions of every record type (see the README's record format section). */
public final class Schemas {

  private static final FieldSpec TAGS_FIELD = FieldSpec.of("tags", TAGS, "标签").max(20);
  private static final FieldSpec SUMMARY = FieldSpec.of("summary", STRING, "摘要，列表页显示").max(200);
  private static final FieldSpec APPROXIMATE =
      FieldSpec.of("approximate", BOOLEAN, "日期或地址不精确时写 true");
  private static final FieldSpec NOTE = FieldSpec.of("note", STRING, "编辑说明，例如哪些信息是估计的").max(500);
  private static final FieldSpec STATUS =
      FieldSpec.of("status", ENUM, "published 或 draft（草稿不发布），也可写 发布/草稿")
          .oneOf("published", "draft").alias("发布", "published").alias("草稿", "draft");
  private static final FieldSpec CITES =
      FieldSpec.of("cites", CITATIONS, "资料出处：site.yaml 里 sources 的 key 列表");
  private static final FieldSpec BODY = FieldSpec.of("body", TEXT, "正文（Markdown），仅用于 YAML 文件");
  /** Videos on a platform site.yaml allows: loaded only when a reader taps them. */
  private static final FieldSpec VIDEOS =
      FieldSpec.of("videos", OBJECT_LIST, "视频平台上的视频（平台须列在 site.yaml 的 videoHosts 里）；读者点了才加载")
          .with(
              FieldSpec.of("title", STRING, "视频标题").asRequired().max(80),
              FieldSpec.of("embed", VIDEO_EMBED, "平台给的嵌入播放器网址（https://，如 B 站“分享→嵌入代码”里 src 的网址）")
                  .asRequired().max(500));

  private static final FieldSpec SOURCE = FieldSpec.of("source", URL, "原始出处链接（http/https 或站内路径）").max(500);
  private static final FieldSpec METRICS =
      FieldSpec.of("metrics", OBJECT_LIST, "数据指标")
          .with(
              FieldSpec.of("label", STRING, "指标名称").asRequired().max(40),
              FieldSpec.of("value", NUMBER, "数值，写原文的数（6万余写 60000，再加 qualifier: 余）").asRequired(),
              FieldSpec.of("qualifier", ENUM, "原文的约数词：约、近、余、多、以上（about/nearly/over/more/at-least）")
                  .oneOf("约", "近", "余", "多", "以上")
                  .alias("about", "约").alias("nearly", "近").alias("over", "余").alias("more", "多")
                  .alias("at-least", "以上"),
              FieldSpec.of("unit", STRING, "单位").max(10),
              FieldSpec.of("period", STRING, "统计期间").max(40),
              FieldSpec.of("baseline", NUMBER, "对比基数"),
              FieldSpec.of("trend", ENUM, "数值是相对变化时写方向：down/up 或 下降/上升")
                  .oneOf("down", "up").alias("下降", "down").alias("上升", "up"));

  private final Map<RecordType, List<FieldSpec>> byType;

  public Schemas() {
    this.byType =
        Map.of(
            RecordType.PRACTICE, practice(),
            RecordType.MATERIAL, material(),
            RecordType.ACHIEVEMENT, achievement(),
            RecordType.VENUE, venue(),
            RecordType.ORGANIZATION, organization(),
            RecordType.ACTIVITY, activity(),
            RecordType.PAGE, page());
  }

  /** The fields of {@code type}, in the order the README documents them. */
  public List<FieldSpec> fields(RecordType type) {
    return byType.get(type);
  }

  private static List<FieldSpec> dated(FieldSpec... specific) {
    List<FieldSpec> out = new ArrayList<>();
    out.add(FieldSpec.of("title", STRING, "标题").asRequired().max(80));
    out.add(FieldSpec.of("date", DATE, "日期，写成 YYYY-MM-DD").asRequired());
    out.addAll(List.of(specific));
    out.addAll(List.of(TAGS_FIELD, SUMMARY, STATUS, APPROXIMATE, NOTE, CITES, BODY));
    return List.copyOf(out);
  }

  private static List<FieldSpec> practice() {
    return dated(
        FieldSpec.of("program", PROGRAM, "所属工程：fortress/development/livelihood 或 强堡垒/促发展/惠民生").asRequired(),
        FieldSpec.of("organization", REF, "组织 id").to(RecordType.ORGANIZATION),
        FieldSpec.of("venues", REF_LIST, "阵地 id 列表").to(RecordType.VENUE),
        FieldSpec.of("cover", MEDIA, "封面图：记录文件旁边的照片文件名，或 content/media/ 下的路径"),
        FieldSpec.of("photos", OBJECT_LIST, "照片：记录文件旁边或 content/media/ 下的 JPEG 或 PNG，每张写 alt（描述照片；装饰图写 alt: \"\"）")
            .with(
                FieldSpec.of("file", MEDIA, "照片：记录文件旁边的文件名（如 visit-1.jpg），或 content/media/ 下的路径").asRequired(),
                FieldSpec.of("alt", ALT, "替代文字：一句话说照片里是什么").max(200),
                FieldSpec.of("caption", STRING, "图片说明").max(200),
                FieldSpec.of("credit", STRING, "摄影者").max(80)),
        VIDEOS,
        METRICS,
        SOURCE);
  }

  private static List<FieldSpec> material() {
    return dated(
        FieldSpec.of("kind", ENUM, "类型：article/video/document/course 或 文章/视频/文档/课程").asRequired()
            .oneOf("article", "video", "document", "course")
            .alias("文章", "article").alias("视频", "video").alias("文档", "document").alias("文件", "document")
            .alias("课程", "course"),
        FieldSpec.of("program", PROGRAM, "所属工程（可选）：fortress/development/livelihood 或 强堡垒/促发展/惠民生"),
        FieldSpec.of("series", KEY, "学习路径（系列）的标识"),
        FieldSpec.of("order", INTEGER, "在系列中的序号，从 1 开始").range(1, 999),
        FieldSpec.of("minutes", INTEGER, "学习时长（分钟）").range(1, 1000),
        FieldSpec.of("attachments", OBJECT_LIST, "附件")
            .with(
                FieldSpec.of("title", STRING, "附件名称").asRequired().max(80),
                FieldSpec.of("file", MEDIA, "content/media/ 下的文件").asRequired(),
                FieldSpec.of("poster", MEDIA, "视频的封面照片（JPEG 或 PNG）：记录文件旁边的文件名，或 content/media/ 下的路径")),
        FieldSpec.of("audience", STRING, "适合人群").max(80),
        FieldSpec.of("venues", REF_LIST, "阵地 id 列表").to(RecordType.VENUE),
        FieldSpec.of("cover", MEDIA, "封面图：记录文件旁边的照片文件名，或 content/media/ 下的路径"),
        FieldSpec.of("photos", OBJECT_LIST, "照片：记录文件旁边或 content/media/ 下的 JPEG 或 PNG，每张写 alt（描述照片；装饰图写 alt: \"\"）")
            .with(
                FieldSpec.of("file", MEDIA, "照片：记录文件旁边的文件名（如 visit-1.jpg），或 content/media/ 下的路径").asRequired(),
                FieldSpec.of("alt", ALT, "替代文字：一句话说照片里是什么").max(200),
                FieldSpec.of("caption", STRING, "图片说明").max(200),
                FieldSpec.of("credit", STRING, "摄影者").max(80)),
        VIDEOS,
        SOURCE);
  }

  private static List<FieldSpec> achievement() {
    return dated(
        FieldSpec.of("program", PROGRAM, "所属工程").asRequired(),
        METRICS,
        FieldSpec.of("practices", REF_LIST, "来源实践案例 id 列表").to(RecordType.PRACTICE),
        FieldSpec.of("organization", REF, "组织 id").to(RecordType.ORGANIZATION),
        FieldSpec.of("featured", INTEGER, "在首页展示的顺序（1 最先）；不写则不在首页展示").range(1, 99));
  }

  private static List<FieldSpec> venue() {
    return List.of(
        FieldSpec.of("name", STRING, "名称").asRequired().max(80),
        FieldSpec.of("type", VENUE_TYPE, "阵地类型（site.yaml 的 venueTypes）").asRequired(),
        FieldSpec.of("address", STRING, "地址（一句话，原文怎么说就怎么写）").max(120),
        FieldSpec.of("street", STRING, "所在街道或镇").max(40),
        FieldSpec.of("community", STRING, "所在社区或村").max(40),
        FieldSpec.of("house_number", STRING, "门牌，例如 宁海南路 1 号").max(60),
        FieldSpec.of("location", LOCATION, "坐标：lat 纬度、lng 经度、datum 坐标系（从高德/腾讯地图复制的是 gcj02，百度是 bd09，GPS 是 wgs84）")
            .with(
                FieldSpec.of("lat", NUMBER, "纬度").asRequired().range(-90, 90),
                FieldSpec.of("lng", NUMBER, "经度").asRequired().range(-180, 180),
                FieldSpec.of("datum", ENUM, "坐标系：gcj02（高德、腾讯）、bd09（百度）或 wgs84（GPS）").asRequired()
                    .oneOf("gcj02", "wgs84", "bd09")
                    .alias("高德", "gcj02").alias("腾讯", "gcj02").alias("百度", "bd09").alias("GPS", "wgs84")),
        FieldSpec.of("opening", OBJECT, "开放时间（数据）：weekly 每周、exceptions 例外日期、appointment 是否需预约")
            .with(
                FieldSpec.of("weekly", OBJECT, "每周的开放时段；不写的日子表示不清楚，写 休息 表示不开放")
                    .with(
                        FieldSpec.of("mon", HOURS, "周一，例如 09:00-11:30, 14:00-17:00 或 休息"),
                        FieldSpec.of("tue", HOURS, "周二"),
                        FieldSpec.of("wed", HOURS, "周三"),
                        FieldSpec.of("thu", HOURS, "周四"),
                        FieldSpec.of("fri", HOURS, "周五"),
                        FieldSpec.of("sat", HOURS, "周六"),
                        FieldSpec.of("sun", HOURS, "周日")),
                FieldSpec.of("exceptions", OBJECT_LIST, "与每周安排不同的日子，例如节假日")
                    .with(
                        FieldSpec.of("date", DATE, "日期，写成 YYYY-MM-DD").asRequired(),
                        FieldSpec.of("hours", HOURS, "当天的开放时段，或 休息").asRequired(),
                        FieldSpec.of("reason", STRING, "原因，例如 国庆节").max(40)),
                FieldSpec.of("appointment", BOOLEAN, "参观需要预约时写 true"),
                FieldSpec.of("note", STRING, "补充说明").max(120)),
        FieldSpec.of("hours", STRING, "开放时间的文字说明").max(80),
        FieldSpec.of("phone", PHONE, "电话：手机 11 位，座机带区号，如 0513-88888888"),
        FieldSpec.of("contact", STRING, "联系人或其他联系方式").max(80),
        FieldSpec.of("capacity", INTEGER, "可容纳人数").range(1, 100_000),
        FieldSpec.of("accessibility", ENUM_LIST, "无障碍设施：step-free 无台阶入口、toilet 无障碍卫生间、hearing-loop 助听环路、seats 休息座椅、large-print 大字资料、parking 无障碍停车位")
            .oneOf("step-free", "toilet", "hearing-loop", "seats", "large-print", "parking")
            .alias("无台阶", "step-free").alias("无障碍卫生间", "toilet").alias("助听环路", "hearing-loop")
            .alias("休息座椅", "seats").alias("大字资料", "large-print").alias("无障碍停车位", "parking"),
        FieldSpec.of("description", STRING, "简介").max(500),
        FieldSpec.of("walk_minutes", INTEGER, "步行分钟数").range(0, 600),
        FieldSpec.of("organization", REF, "管理组织 id").to(RecordType.ORGANIZATION),
        TAGS_FIELD,
        SUMMARY,
        APPROXIMATE,
        NOTE,
        CITES,
        BODY);
  }

  private static List<FieldSpec> organization() {
    return List.of(
        FieldSpec.of("name", STRING, "名称").asRequired().max(80),
        FieldSpec.of("kind", ENUM, "组织类别：英文值或中文名称，如 branch 或 党支部")
            .oneOf("committee", "general-branch", "branch", "group", "workstation", "alliance", "other")
            .alias("党委", "committee").alias("党工委", "committee").alias("党委（党工委）", "committee")
            .alias("党总支", "general-branch").alias("党支部", "branch").alias("党小组", "group")
            .alias("党建工作站", "workstation").alias("工作站", "workstation").alias("联盟", "alliance").alias("其他", "other"),
        FieldSpec.of("parent", REF, "上级组织 id").to(RecordType.ORGANIZATION),
        FieldSpec.of("members", INTEGER, "党员人数").range(0, 1_000_000),
        FieldSpec.of("description", STRING, "简介").max(500),
        TAGS_FIELD,
        SUMMARY,
        APPROXIMATE,
        NOTE,
        CITES,
        BODY);
  }

  private static List<FieldSpec> activity() {
    return List.of(
        FieldSpec.of("title", STRING, "活动名称").asRequired().max(80),
        FieldSpec.of("start", DATETIME, "开始时间（北京时间），写成 YYYY-MM-DD HH:MM").asRequired(),
        FieldSpec.of("end", DATETIME, "结束时间，写成 YYYY-MM-DD HH:MM，须晚于开始"),
        FieldSpec.of("rrule", STRING, "重复规则（RFC 5545 RRULE），例如 FREQ=MONTHLY 或 FREQ=MONTHLY;INTERVAL=3（每季度）").max(200),
        FieldSpec.of("venue", REF, "举办阵地 id").to(RecordType.VENUE),
        FieldSpec.of("organizer", REF, "主办组织 id").to(RecordType.ORGANIZATION),
        FieldSpec.of("agenda", STRING, "活动安排").max(500),
        FieldSpec.of("audience", STRING, "面向人群").max(80),
        FieldSpec.of("signup", OBJECT, "报名：contact 联系方式、limit 人数上限、deadline 截止日期")
            .with(
                FieldSpec.of("contact", STRING, "报名联系方式").max(80),
                FieldSpec.of("limit", INTEGER, "人数上限").range(1, 100_000),
                FieldSpec.of("deadline", DATE, "报名截止日期，写成 YYYY-MM-DD")),
        FieldSpec.of("state", ENUM, "scheduled（照常）、cancelled（取消）或 postponed（延期）")
            .oneOf("scheduled", "cancelled", "postponed")
            .alias("照常", "scheduled").alias("取消", "cancelled").alias("延期", "postponed"),
        FieldSpec.of("reason", STRING, "取消或延期的原因").max(200),
        TAGS_FIELD,
        SUMMARY,
        STATUS,
        APPROXIMATE,
        NOTE,
        BODY);
  }

  private static List<FieldSpec> page() {
    return List.of(
        FieldSpec.of("title", STRING, "标题").asRequired().max(80),
        FieldSpec.of("menu", INTEGER, "在主菜单中的位置（不写则不进菜单）").range(1, 99),
        SUMMARY,
        STATUS,
        NOTE,
        CITES,
        BODY);
  }
}

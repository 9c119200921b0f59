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
  private static final FieldSpec BODY = FieldSpec.of("body", TEXT, "正文（Markdown），仅用于 YAML 文件");
  private static final FieldSpec SOURCE = FieldSpec.of("source", URL, "原始出处链接（http/https 或站内路径）").max(500);
  private static final FieldSpec METRICS =
      FieldSpec.of("metrics", OBJECT_LIST, "数据指标")
          .with(
              FieldSpec.of("label", STRING, "指标名称").asRequired().max(40),
              FieldSpec.of("value", NUMBER, "数值").asRequired(),
              FieldSpec.of("unit", STRING, "单位").max(10),
              FieldSpec.of("period", STRING, "统计期间").max(40),
              FieldSpec.of("baseline", NUMBER, "对比基数"));

  private final Map<RecordType, List<FieldSpec>> byType;

  public Schemas() {
    this.byType =
        Map.of(
            RecordType.PRACTICE, practice(),
            RecordType.MATERIAL, material(),
            RecordType.ACHIEVEMENT, achievement(),
            RecordType.VENUE, venue(),
            RecordType.ORGANIZATION, organization(),
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
    out.addAll(List.of(TAGS_FIELD, SUMMARY, STATUS, APPROXIMATE, NOTE, BODY));
    return List.copyOf(out);
  }

  private static List<FieldSpec> practice() {
    return dated(
        FieldSpec.of("program", PROGRAM, "所属工程：fortress/development/livelihood 或 强堡垒/促发展/惠民生").asRequired(),
        FieldSpec.of("organization", REF, "组织 id").to(RecordType.ORGANIZATION),
        FieldSpec.of("venues", REF_LIST, "阵地 id 列表").to(RecordType.VENUE),
        FieldSpec.of("cover", MEDIA, "封面图，content/media/ 下的路径"),
        FieldSpec.of("photos", OBJECT_LIST, "照片：content/media/ 下的 JPEG 或 PNG，每张写 alt（描述照片；装饰图写 alt: \"\"）")
            .with(
                FieldSpec.of("file", MEDIA, "content/media/ 下的照片").asRequired(),
                FieldSpec.of("alt", ALT, "替代文字：一句话说照片里是什么").max(200),
                FieldSpec.of("caption", STRING, "图片说明").max(200),
                FieldSpec.of("credit", STRING, "摄影者").max(80)),
        METRICS,
        SOURCE);
  }

  private static List<FieldSpec> material() {
    return dated(
        FieldSpec.of("kind", ENUM, "类型：article/video/document/course 或 文章/视频/文档/课程").asRequired()
            .oneOf("article", "video", "document", "course")
            .alias("文章", "article").alias("视频", "video").alias("文档", "document").alias("文件", "document")
            .alias("课程", "course"),
        FieldSpec.of("series", KEY, "学习路径（系列）的标识"),
        FieldSpec.of("order", INTEGER, "在系列中的序号，从 1 开始").range(1, 999),
        FieldSpec.of("minutes", INTEGER, "学习时长（分钟）").range(1, 1000),
        FieldSpec.of("attachments", OBJECT_LIST, "附件")
            .with(
                FieldSpec.of("title", STRING, "附件名称").asRequired().max(80),
                FieldSpec.of("file", MEDIA, "content/media/ 下的文件").asRequired(),
                FieldSpec.of("poster", MEDIA, "视频的封面照片（JPEG 或 PNG），content/media/ 下的路径")),
        FieldSpec.of("audience", STRING, "适合人群").max(80),
        FieldSpec.of("venues", REF_LIST, "阵地 id 列表").to(RecordType.VENUE),
        FieldSpec.of("cover", MEDIA, "封面图，content/media/ 下的路径"),
        FieldSpec.of("photos", OBJECT_LIST, "照片：content/media/ 下的 JPEG 或 PNG，每张写 alt（描述照片；装饰图写 alt: \"\"）")
            .with(
                FieldSpec.of("file", MEDIA, "content/media/ 下的照片").asRequired(),
                FieldSpec.of("alt", ALT, "替代文字：一句话说照片里是什么").max(200),
                FieldSpec.of("caption", STRING, "图片说明").max(200),
                FieldSpec.of("credit", STRING, "摄影者").max(80)),
        SOURCE);
  }

  private static List<FieldSpec> achievement() {
    return dated(
        FieldSpec.of("program", PROGRAM, "所属工程").asRequired(),
        METRICS,
        FieldSpec.of("practices", REF_LIST, "来源实践案例 id 列表").to(RecordType.PRACTICE),
        FieldSpec.of("organization", REF, "组织 id").to(RecordType.ORGANIZATION));
  }

  private static List<FieldSpec> venue() {
    return List.of(
        FieldSpec.of("name", STRING, "名称").asRequired().max(80),
        FieldSpec.of("type", VENUE_TYPE, "阵地类型（site.yaml 的 venueTypes）").asRequired(),
        FieldSpec.of("address", STRING, "地址").max(120),
        FieldSpec.of("location", OBJECT, "坐标")
            .with(
                FieldSpec.of("lat", NUMBER, "纬度").asRequired().range(-90, 90),
                FieldSpec.of("lng", NUMBER, "经度").asRequired().range(-180, 180)),
        FieldSpec.of("hours", STRING, "开放时间").max(80),
        FieldSpec.of("contact", STRING, "联系方式").max(80),
        FieldSpec.of("description", STRING, "简介").max(500),
        FieldSpec.of("walk_minutes", INTEGER, "步行分钟数").range(0, 600),
        FieldSpec.of("organization", REF, "管理组织 id").to(RecordType.ORGANIZATION),
        TAGS_FIELD,
        SUMMARY,
        APPROXIMATE,
        NOTE,
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
        BODY);
  }

  private static List<FieldSpec> page() {
    return List.of(
        FieldSpec.of("title", STRING, "标题").asRequired().max(80),
        FieldSpec.of("menu", INTEGER, "在主菜单中的位置（不写则不进菜单）").range(1, 99),
        SUMMARY,
        STATUS,
        NOTE,
        BODY);
  }
}

package org.redpress.render;

import java.util.Map;
import org.redpress.content.RecordType;

/** The Chinese words for the ASCII values records use (material kinds, organization kinds). */
final class Labels {

  private static final Map<String, String> MATERIAL_KINDS =
      Map.of("article", "文章", "video", "视频", "document", "文档", "course", "课程");

  private static final Map<String, String> ORGANIZATION_KINDS =
      Map.of("committee", "党委（党工委）", "general-branch", "党总支", "branch", "党支部", "group", "党小组",
          "workstation", "党建工作站", "alliance", "联盟", "other", "其他");

  private Labels() {}

  static String materialKind(String kind) {
    return kind == null ? null : MATERIAL_KINDS.getOrDefault(kind, kind);
  }

  static String organizationKind(String kind) {
    return kind == null ? null : ORGANIZATION_KINDS.getOrDefault(kind, kind);
  }

  /** The short name the main navigation uses for a section. */
  static String navName(RecordType type) {
    return type == RecordType.ORGANIZATION ? "基层组织" : type.chineseName();
  }

  /** The badge of a record whose date (or, for places, address) is not exact. */
  static String approximate(RecordType type) {
    return switch (type) {
      case VENUE -> "地址为约数";
      case ORGANIZATION -> "信息为约数";
      default -> "日期为约数";
    };
  }

  /** What the reverse links of {@code source} records are called on a {@code target}'s page. */
  static String backlinkTitle(RecordType target, RecordType source) {
    return switch (target) {
      case VENUE -> source == RecordType.PRACTICE ? "在此开展的实践案例"
          : source == RecordType.MATERIAL ? "与此阵地相关的学习资料" : "相关" + source.chineseName();
      case PRACTICE -> source == RecordType.ACHIEVEMENT ? "由此取得的工作成效" : "相关" + source.chineseName();
      case ORGANIZATION -> switch (source) {
        case PRACTICE -> "本组织的实践案例";
        case ACHIEVEMENT -> "本组织的工作成效";
        case VENUE -> "本组织管理的阵地";
        case ORGANIZATION -> "下级组织";
        default -> "本组织的" + source.chineseName();
      };
      default -> "相关" + source.chineseName();
    };
  }
}

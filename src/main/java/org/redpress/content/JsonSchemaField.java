package org.redpress.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates one {@link FieldSpec} into its JSON Schema, rule for rule as {@link FieldChecker}
 * applies it. Where YAML lets an editor leave a value empty ({@code summary:}), the checker
 * treats the field as absent, so optional fields also accept {@code null}.
 */
final class JsonSchemaField {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The checker reads text fields from any scalar: {@code contact: 13800000000} is text. */
  private static final List<String> SCALAR = List.of("string", "number", "boolean");

  private final List<String> programs;
  private final List<String> venueTypes;
  private final List<String> sources;
  private final List<String> videoHosts;

  /**
   * {@code programs}, {@code venueTypes}, {@code sources}: the values site.yaml allows, or empty
   * when unknown; {@code videoHosts}: the hosts of video players it allows (none: no embed passes).
   */
  JsonSchemaField(List<String> programs, List<String> venueTypes, List<String> sources, List<String> videoHosts) {
    this.programs = List.copyOf(programs);
    this.venueTypes = List.copyOf(venueTypes);
    this.sources = List.copyOf(sources);
    this.videoHosts = List.copyOf(videoHosts);
  }

  ObjectNode schema(FieldSpec spec) {
    ObjectNode node = JSON.objectNode();
    node.put("description", description(spec));
    value(node, spec);
    if (!spec.required() && spec.kind() != FieldSpec.Kind.ALT) {
      allowNull(node);
    }
    return node;
  }

  /** An object's {@code properties}, {@code required} and open {@code additionalProperties}. */
  void object(ObjectNode node, List<FieldSpec> fields) {
    node.put("type", "object");
    ArrayNode required = JSON.arrayNode();
    // alt must be written even when empty: required, but not with a minimum length.
    fields.stream().filter(f -> f.required() || f.kind() == FieldSpec.Kind.ALT).forEach(f -> required.add(f.name()));
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    ObjectNode properties = node.putObject("properties");
    for (FieldSpec field : fields) {
      properties.set(field.name(), schema(field));
    }
    // Unknown fields are warnings in the build (W-FIELD), never errors: the schema agrees.
    node.put("additionalProperties", true);
  }

  private void value(ObjectNode node, FieldSpec spec) {
    switch (spec.kind()) {
      case STRING -> text(node, spec.required(), spec.maxLength());
      case ALT -> text(node, false, spec.maxLength());
      case TEXT -> types(node, SCALAR);
      case DATE -> {
        node.put("type", "string");
        node.put("pattern", JsonSchemaPatterns.DATE);
        node.put("format", "date");
        node.put("patternErrorMessage", "日期应写成 YYYY-MM-DD，例如 2018-06-30");
      }
      case INTEGER -> range(node.put("type", "integer"), spec);
      case NUMBER -> range(node.put("type", "number"), spec);
      case BOOLEAN -> node.put("type", "boolean");
      case ENUM -> {
        // The Chinese words editors may write instead of the values are valid too.
        List<String> accepted = new ArrayList<>(spec.values());
        accepted.addAll(spec.aliases().keySet());
        choice(node, accepted);
      }
      case REF, KEY -> id(node);
      case REF_LIST -> array(node, id(JSON.objectNode()));
      case PROGRAM -> choiceOrText(node, programs);
      case VENUE_TYPE -> choiceOrText(node, venueTypes);
      case CITATIONS -> {
        ObjectNode item = JSON.objectNode();
        choiceOrText(item, sources);
        array(node, item);
      }
      case MEDIA -> {
        node.put("type", "string");
        node.put("minLength", 1);
        node.put("pattern", JsonSchemaPatterns.MEDIA);
        node.put("patternErrorMessage", "写记录文件旁边的照片文件名（例如 visit-1.jpg）或 content/media/ 下的相对路径（例如 lifaqiao.svg）；只能以一个 ../ 开头，不能有其他 ..、/ 开头、冒号或 %");
      }
      case URL -> {
        node.put("type", "string");
        maxLength(node, spec.maxLength());
        node.put("pattern", JsonSchemaPatterns.URL);
        node.put("patternErrorMessage", "只能写 http(s):// 开头的网址或站内路径（如 /practices/lifaqiao-relocation/）");
      }
      case VIDEO_EMBED -> {
        node.put("type", "string");
        maxLength(node, spec.maxLength());
        node.put("pattern", JsonSchemaPatterns.videoEmbed(videoHosts));
        node.put("patternErrorMessage", videoHosts.isEmpty()
            ? "site.yaml 没有允许任何视频平台：在 site.yaml 写 videoHosts: [平台的播放器域名]，或把 MP4 放进 content/media/ 写在 attachments 里"
            : "只能嵌入这些平台的 https:// 播放器网址：" + String.join("、", videoHosts)
                + "；别的平台请先加进 site.yaml 的 videoHosts，或把 MP4 写在 attachments 里");
      }
      case TAGS -> array(node, text(JSON.objectNode(), false, spec.maxLength()));
      case OBJECT -> object(node, spec.fields());
      case OBJECT_LIST -> {
        ObjectNode item = JSON.objectNode();
        object(item, spec.fields());
        array(node, item);
      }
      case ENUM_LIST -> {
        List<String> accepted = new ArrayList<>(spec.values());
        accepted.addAll(spec.aliases().keySet());
        ObjectNode item = JSON.objectNode();
        choice(item, accepted);
        array(node, item);
      }
      case PHONE -> {
        types(node, List.of("string", "integer"));
        node.put("pattern", JsonSchemaPatterns.PHONE);
        node.put("patternErrorMessage", "手机写 11 位（如 138 1234 5678），座机带区号（如 0513-8888 8888），分机写 转 123");
      }
      case HOURS -> {
        node.put("type", "string");
        node.put("pattern", JsonSchemaPatterns.HOURS);
        node.put("patternErrorMessage", "写成 09:00-11:30, 14:00-17:00（24 小时制），不开放写 休息");
      }
      case LOCATION -> object(node, spec.fields());
      case DATETIME -> {
        node.put("type", "string");
        node.put("pattern", JsonSchemaPatterns.DATETIME);
        node.put("patternErrorMessage", "时间写成 YYYY-MM-DD HH:MM，例如 2026-12-20 09:00");
      }
    }
  }

  private static ObjectNode text(ObjectNode node, boolean required, int maxLength) {
    types(node, SCALAR);
    if (required) {
      node.put("minLength", 1);
    }
    maxLength(node, maxLength);
    node.put("pattern", required ? JsonSchemaPatterns.REQUIRED_TEXT : JsonSchemaPatterns.TEXT);
    return node;
  }

  /** Ids may be written bare when they are all digits, so YAML reads them as integers. */
  private static ObjectNode id(ObjectNode node) {
    types(node, List.of("string", "integer"));
    node.put("maxLength", JsonSchemaPatterns.ID_MAX_LENGTH);
    node.put("pattern", JsonSchemaPatterns.ID);
    node.put("minimum", 0);
    node.put("patternErrorMessage", "编号只能用小写英文字母、数字和连字符，例如 lifaqiao-relocation");
    return node;
  }

  private static void array(ObjectNode node, ObjectNode items) {
    node.put("type", "array");
    node.set("items", items);
  }

  private static void choice(ObjectNode node, List<String> values) {
    node.put("type", "string");
    ArrayNode list = node.putArray("enum");
    values.forEach(list::add);
  }

  /** Without site.yaml the allowed values are unknown: any non-blank text, checked by the build. */
  private static void choiceOrText(ObjectNode node, List<String> values) {
    if (values.isEmpty()) {
      text(node, true, 0);
    } else {
      choice(node, values);
    }
  }

  private static void range(ObjectNode node, FieldSpec spec) {
    if (spec.min() != Long.MIN_VALUE) {
      node.put("minimum", spec.min());
    }
    if (spec.max() != Long.MAX_VALUE) {
      node.put("maximum", spec.max());
    }
  }

  private static void maxLength(ObjectNode node, int maxLength) {
    if (maxLength > 0) {
      node.put("maxLength", maxLength);
    }
  }

  private static void types(ObjectNode node, List<String> types) {
    ArrayNode list = node.putArray("type");
    types.forEach(list::add);
  }

  /** Adds null to the field's type (and to its enum, which would otherwise still refuse it). */
  private static void allowNull(ObjectNode node) {
    List<String> types = new ArrayList<>();
    node.get("type").forEach(t -> types.add(t.asText()));
    if (types.isEmpty()) {
      types.add(node.get("type").asText());
    }
    types.add("null");
    types(node, types);
    if (node.get("enum") instanceof ArrayNode values) {
      values.addNull();
    }
  }

  private String description(FieldSpec spec) {
    String text = spec.description();
    if (spec.target() != null) {
      text += "（" + spec.target().chineseName() + "的编号，文件名去掉扩展名）";
    }
    return text;
  }
}

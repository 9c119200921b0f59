package org.redpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redpress.config.SiteConfig;
import org.redpress.config.SiteConfigLoader;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.testing.AllianceFixture;
import org.redpress.testing.TestSite;
import org.redpress.yaml.YamlMapping;
import org.redpress.yaml.YamlReader;

/**
 * The JSON Schemas say what the validator says: on every fixture, valid and invalid, a small
 * draft-07 checker written here and {@link RecordValidator} both accept or both reject.
 */
class JsonSchemasTest {

  private static final SiteConfig CONFIG = new SiteConfigLoader(new YamlReader())
      .load(TestSite.SITE_YAML, "content/site.yaml", new Diagnostics()).orElseThrow();
  private static final JsonSchemas SCHEMAS = new JsonSchemas(new Schemas(), CONFIG);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<Arguments> fixtures() {
    String p = "title: 标题\ndate: 2018-06-30\nprogram: fortress\n";
    String m = "title: 标题\ndate: 2018-06-30\nkind: document\n";
    return Stream.of(
        // accepted by both
        ok("minimalPractice", "practices", p),
        ok("programByChineseName", "practices", "title: 标题\ndate: 2018-06-30\nprogram: 强堡垒\n"),
        ok("everyPracticeField", "practices", p + """
            organization: lifaqiao
            venues: [hall, 580]
            cover: media/lifaqiao.svg
            metrics:
              - {label: 征收户, value: 80, unit: 户, period: 2018, baseline: 12.5}
            source: https://example.org/a?b=1#c
            tags: [书记项目, 2018]
            summary: 摘要
            status: draft
            approximate: true
            note: 日期为估计
            body: |
              正文。
            """),
        ok("materialInASeries", "materials", m + """
            series: sanda-gongcheng
            order: 2
            minutes: 15
            attachments:
              - {title: 讲义, file: handout.txt}
            audience: 全体党员
            """),
        ok("venueWithLocationAndNumericContact", "venues",
            "name: 展览馆\ntype: station\nlocation: {lat: 32.53, lng: 120.46, datum: gcj02}\nwalk_minutes: 5\ncontact: 13800000000\n"),
        ok("venueThatCanBeVisited", "venues", """
            name: 展览馆
            type: station
            street: 某街道
            community: 某社区
            house_number: 某路 1 号
            location: {lat: 32.53, lng: 120.46, datum: 百度}
            opening:
              weekly: {mon: "09:00-11:30, 14:00-17:00", sat: 休息}
              exceptions:
                - {date: 2026-10-01, hours: 休息, reason: 国庆节}
              appointment: true
            phone: 0513-8888 8888 转 12
            capacity: 40
            accessibility: [step-free, 无障碍卫生间]
            """),
        ok("organizationWithNumericParent", "organizations", "name: 支部\nkind: branch\nparent: 580\nmembers: 0\n"),
        ok("pageInTheMenu", "pages", "title: 关于\nmenu: 1\n"),
        ok("emptyOptionalField", "practices", p + "summary:\norganization: ~\n"),
        ok("unknownFieldIsOnlyAWarning", "practices", p + "titel: x\n"),
        ok("relativeSourceUrl", "practices", p + "source: /practices/a/\n"),
        ok("danglingVenueReferenceIsLeftToResolve", "practices", p + "venues: [nowhere]\n"),
        ok("missingMediaFileIsLeftToResolve", "practices", p + "cover: nothere.png\n"),
        // rejected by both (the field-level cases of BadInputTest first)
        bad("wrongType", "practices", "title: [甲, 乙]\ndate: 2018-06-30\nprogram: fortress\n"),
        bad("impossibleDate", "practices", "title: 标题\ndate: 2018-02-30\nprogram: fortress\n"),
        bad("dateWithSlashes", "practices", "title: 标题\ndate: 2018/6/12\nprogram: fortress\n"),
        bad("unknownEnumValue", "materials", "title: 标题\ndate: 2018-06-30\nkind: podcast\n"),
        bad("unknownProgram", "practices", "title: 标题\ndate: 2018-06-30\nprogram: 强基础\n"),
        bad("missingRequiredField", "practices", "title: 标题\ndate: 2018-06-30\n"),
        bad("tooLongTitle", "practices", "title: " + "长".repeat(81) + "\ndate: 2018-06-30\nprogram: fortress\n"),
        bad("climbingReference", "practices", p + "organization: ../../etc\n"),
        bad("attachmentLeavingContent", "materials", m + "attachments:\n  - title: 讲义\n    file: ../../etc/passwd\n"),
        bad("absoluteCoverPath", "practices", p + "cover: /etc/passwd\n"),
        bad("javascriptSourceUrl", "practices", p + "source: \"javascript:alert(1)\"\n"),
        bad("protocolRelativeSourceUrl", "practices", p + "source: //evil.example/x\n"),
        bad("ftpSourceUrl", "practices", p + "source: ftp://example.org/x\n"),
        bad("blankRequiredTitle", "practices", "title: \"  \"\ndate: 2018-06-30\nprogram: fortress\n"),
        bad("nullRequiredTitle", "practices", "title:\ndate: 2018-06-30\nprogram: fortress\n"),
        bad("controlCharacterInTitle", "practices", "title: \"a\\x01b\"\ndate: 2018-06-30\nprogram: fortress\n"),
        bad("orderOutOfRange", "materials", m + "series: s\norder: 1000\n"),
        bad("decimalMinutes", "materials", m + "minutes: 1.5\n"),
        bad("quotedMetricValue", "practices", p + "metrics:\n  - {label: 户数, value: \"12\"}\n"),
        bad("metricWithoutValue", "practices", p + "metrics:\n  - {label: 户数}\n"),
        bad("latitudeOutOfRange", "venues", "name: 馆\ntype: station\nlocation: {lat: 91, lng: 120, datum: gcj02}\n"),
        bad("locationWithoutDatum", "venues", "name: 馆\ntype: station\nlocation: {lat: 32.5, lng: 120.4}\n"),
        bad("unknownDatum", "venues", "name: 馆\ntype: station\nlocation: {lat: 32.5, lng: 120.4, datum: cgcs2000}\n"),
        bad("phoneWithLetters", "venues", "name: 馆\ntype: station\nphone: call-me\n"),
        bad("hoursInWords", "venues", "name: 馆\ntype: station\nopening: {weekly: {mon: 上午九点到十一点}}\n"),
        bad("unknownAccessibility", "venues", "name: 馆\ntype: station\naccessibility: [elevator]\n"),
        bad("booleanWrittenAsText", "practices", p + "approximate: \"true\"\n"),
        bad("unknownVenueType", "venues", "name: 馆\ntype: museum\n"),
        bad("chineseIdInAList", "practices", p + "venues: [展览馆]\n"),
        bad("tooLongTag", "practices", p + "tags: [" + "党".repeat(21) + "]\n"),
        bad("tagsNotAList", "practices", p + "tags: 党建\n"),
        bad("negativeMembers", "organizations", "name: 支部\nmembers: -1\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void validatorAndSchemaAcceptOrRejectTheSameRecord(String name, String folder, String yaml, boolean valid)
      throws IOException {
    RecordType type = RecordType.byFolder(folder).orElseThrow();
    String file = "content/" + folder + "/a.yaml";

    boolean validator = validatorAccepts(type, file, yaml);
    List<String> schemaErrors = new Draft07Subset().errors(SCHEMAS.schema(type), YAML.readTree(yaml));

    assertThat(validator).as("validator accepts %s", name).isEqualTo(valid);
    assertThat(schemaErrors.isEmpty()).as("schema accepts %s, errors: %s", name, schemaErrors).isEqualTo(valid);
  }

  @Test
  void validatorAndSchemaAcceptEveryRecordOfTheAlliancesContent() throws IOException {
    Path content = AllianceFixture.PROJECT.resolve("content");
    SiteConfig config = JsonSchemas.siteConfig(content).orElseThrow();
    JsonSchemas schemas = new JsonSchemas(new Schemas(), config);
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (RecordType type : RecordType.values()) {
      if (!Files.isDirectory(content.resolve(type.folder()))) {
        continue; // the alliance has no record of this type (activities: the article dates none)
      }
      try (Stream<Path> files = Files.list(content.resolve(type.folder()))) {
        for (Path path : files.sorted().toList()) {
          String file = "content/" + type.folder() + "/" + path.getFileName();
          String text = SourceText.decode(Files.readAllBytes(path), file, new Diagnostics()).orElseThrow();
          String yaml = file.endsWith(".md") ? FrontMatter.split(text, file, new Diagnostics()).orElseThrow().yaml() : text;
          boolean validator = validatorAccepts(type, file, yaml, config);
          List<String> errors = new Draft07Subset().errors(schemas.schema(type), YAML.readTree(yaml));
          if (!validator || !errors.isEmpty()) {
            disagreements.add(file + " validator=" + validator + " schema=" + errors);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void everyFieldOfTheValidatorIsAPropertyOfTheSchemaAndRequiredAlike() {
    for (RecordType type : RecordType.values()) {
      JsonNode schema = SCHEMAS.schema(type);
      List<FieldSpec> fields = new Schemas().fields(type);
      assertThat(schema.get("properties").properties().stream().map(Map.Entry::getKey).toList()).as(type.key())
          .containsExactlyElementsOf(fields.stream().map(FieldSpec::name).toList());
      List<String> required = new ArrayList<>();
      schema.get("required").forEach(n -> required.add(n.asText()));
      assertThat(required).as(type.key())
          .containsExactlyElementsOf(fields.stream().filter(FieldSpec::required).map(FieldSpec::name).toList());
      assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
      assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
    }
  }

  @Test
  void listsTheProgramsOfSiteYamlByKeyAndChineseName() {
    JsonNode program = SCHEMAS.schema(RecordType.PRACTICE).at("/properties/program/enum");
    assertThat(names(program.elements())).containsExactly(
        "fortress", "development", "livelihood", "强堡垒", "促发展", "惠民生");
  }

  @Test
  void leavesProgramsOpenWithoutASiteConfiguration() {
    JsonNode program = new JsonSchemas(new Schemas(), null).schema(RecordType.ACHIEVEMENT).at("/properties/program");
    assertThat(program.has("enum")).isFalse();
    assertThat(program.get("minLength").asInt()).isEqualTo(1);
  }

  @Test
  void theCommittedSchemasAreTheOnesTheValidatorGeneratesToday() throws IOException {
    JsonSchemas fresh = new JsonSchemas(new Schemas(), JsonSchemas.siteConfig(Path.of("content")).orElseThrow());
    for (RecordType type : RecordType.values()) {
      Path committed = Path.of("schemas", JsonSchemas.fileName(type));
      assertThat(committed).as("run ./redpress schema --out schemas").exists();
      assertThat(Files.readString(committed, StandardCharsets.UTF_8))
          .as("%s is stale: run ./redpress schema --out schemas and commit the result", committed)
          .isEqualTo(fresh.text(type));
    }
  }

  private static boolean validatorAccepts(RecordType type, String file, String yaml) {
    return validatorAccepts(type, file, yaml, CONFIG);
  }

  private static boolean validatorAccepts(RecordType type, String file, String yaml, SiteConfig config) {
    Diagnostics diagnostics = new Diagnostics();
    YamlMapping fields = (YamlMapping) new YamlReader().read(yaml, file, 0, diagnostics).orElseThrow();
    SourceRecord source = new SourceRecord(type, "a", file, fields, "", 0);
    return new RecordValidator(new Schemas(), config).validate(source, diagnostics).isPresent()
        && !diagnostics.hasErrors();
  }

  private static List<String> names(Iterator<JsonNode> items) {
    List<String> out = new ArrayList<>();
    items.forEachRemaining(n -> out.add(n.asText()));
    return out;
  }

  private static Arguments ok(String name, String folder, String yaml) {
    return Arguments.of(name, folder, yaml, true);
  }

  private static Arguments bad(String name, String folder, String yaml) {
    return Arguments.of(name, folder, yaml, false);
  }

  /**
   * The draft-07 keywords the generated schemas use: type, required, properties, items, enum,
   * minLength/maxLength (in code points), pattern, minimum/maximum and format date. Unknown
   * keywords (description, patternErrorMessage) are annotations and ignored, as the spec says.
   */
  static final class Draft07Subset {

    private static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final List<String> errors = new ArrayList<>();

    List<String> errors(JsonNode schema, JsonNode value) {
      check(schema, value, "");
      return errors;
    }

    private void check(JsonNode schema, JsonNode value, String where) {
      if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
        errors.add(where + ": type " + schema.get("type") + " but " + value.getNodeType());
        return;
      }
      if (schema.has("enum") && !contains(schema.get("enum"), value)) {
        errors.add(where + ": not in enum " + schema.get("enum"));
      }
      if (value.isTextual()) {
        text(schema, value.asText(), where);
      }
      if (value.isNumber()) {
        number(schema, value.decimalValue(), where);
      }
      if (value.isObject()) {
        object(schema, value, where);
      }
      if (value.isArray() && schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.get("items"), value.get(i), where + "/" + i);
        }
      }
    }

    private void text(JsonNode schema, String s, String where) {
      int length = s.codePointCount(0, s.length());
      if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
        errors.add(where + ": shorter than " + schema.get("minLength"));
      }
      if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
        errors.add(where + ": longer than " + schema.get("maxLength"));
      }
      if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
        errors.add(where + ": does not match " + schema.get("pattern").asText());
      }
      if (schema.has("format") && schema.get("format").asText().equals("date") && !isDate(s)) {
        errors.add(where + ": not a date");
      }
    }

    private void number(JsonNode schema, BigDecimal n, String where) {
      if (schema.has("minimum") && n.compareTo(schema.get("minimum").decimalValue()) < 0) {
        errors.add(where + ": below " + schema.get("minimum"));
      }
      if (schema.has("maximum") && n.compareTo(schema.get("maximum").decimalValue()) > 0) {
        errors.add(where + ": above " + schema.get("maximum"));
      }
    }

    private void object(JsonNode schema, JsonNode value, String where) {
      if (schema.has("required")) {
        schema.get("required").forEach(r -> {
          if (!value.has(r.asText())) {
            errors.add(where + ": missing " + r.asText());
          }
        });
      }
      JsonNode properties = schema.path("properties");
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        if (properties.has(field.getKey())) {
          check(properties.get(field.getKey()), field.getValue(), where + "/" + field.getKey());
        } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
          errors.add(where + ": unknown " + field.getKey());
        }
      }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (typeMatches(t, value)) {
            return true;
          }
        }
        return false;
      }
      return switch (type.asText()) {
        case "string" -> value.isTextual();
        case "integer" -> value.isIntegralNumber();
        case "number" -> value.isNumber();
        case "boolean" -> value.isBoolean();
        case "null" -> value.isNull();
        case "array" -> value.isArray();
        case "object" -> value.isObject();
        default -> throw new IllegalArgumentException("not a draft-07 type: " + type);
      };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
      for (JsonNode v : values) {
        if (v.equals(value)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isDate(String s) {
      try {
        LocalDate.parse(s, DATE);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }
}

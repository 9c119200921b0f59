package org.redpress.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redpress.config.SiteConfig;
import org.redpress.config.SiteConfigLoader;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.yaml.YamlReader;

/**
 * The JSON Schemas (draft-07) of the record types, generated from {@link Schemas} so that what
 * editors' tools check and what the build checks come from one definition.
 */
public final class JsonSchemas {

  public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  private static final ObjectWriter WRITER = new ObjectMapper().writer(StableJson.printer());

  private final Schemas schemas;
  private final JsonSchemaField fields;

  /** {@code config} may be null: program and venue type values are then left open. */
  public JsonSchemas(Schemas schemas, SiteConfig config) {
    this.schemas = schemas;
    this.fields = new JsonSchemaField(programValues(config), venueTypeValues(config),
        config == null ? List.of() : config.sources().stream().map(SiteConfig.Source::key).toList(),
        config == null ? List.of() : config.videoHosts());
  }

  /** {@code practice.schema.json} and so on. */
  public static String fileName(RecordType type) {
    return type.key() + ".schema.json";
  }

  /** The schema of {@code type} as a JSON tree. */
  public ObjectNode schema(RecordType type) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", DRAFT_07);
    root.put("title", type.chineseName() + "（" + type.key() + "）");
    root.put("description", "content/" + type.folder() + "/ 下的一条" + type.chineseName()
        + "。由 redpress schema 按构建时的校验规则生成，请勿手改。"
        + "可以写表中没有的字段，但构建会给出警告 W-FIELD（多半是拼写错误）。"
        + "Markdown 文件（.md）的正文写在第二行 --- 之后，不用 body 字段。");
    List<FieldSpec> specs = schemas.fields(type);
    fields.object(root, specs);
    return root;
  }

  /** The schema as the committed files hold it: two-space indent, {@code \n} line ends, final newline. */
  public String text(RecordType type) {
    try {
      return WRITER.writeValueAsString(schema(type)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }

  /**
   * The site configuration the schemas take their program and venue type values from, read as
   * the build reads it; empty when {@code content/site.yaml} is missing or invalid.
   */
  public static Optional<SiteConfig> siteConfig(Path contentDir) {
    String shown = "content/site.yaml";
    try {
      byte[] bytes = Files.readAllBytes(contentDir.resolve("site.yaml"));
      Diagnostics ignored = new Diagnostics(); // `check` reports site.yaml's problems, not `schema`
      return SourceText.decode(bytes, shown, ignored)
          .flatMap(text -> new SiteConfigLoader(new YamlReader()).load(text, shown, ignored));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<String> programValues(SiteConfig config) {
    List<String> values = new ArrayList<>();
    if (config != null) {
      config.programs().forEach(p -> values.add(p.key()));
      config.programs().forEach(p -> values.add(p.name()));
    }
    return values;
  }

  private static List<String> venueTypeValues(SiteConfig config) {
    return config == null ? List.of() : config.venueTypes().stream().map(SiteConfig.VenueType::key).toList();
  }
}

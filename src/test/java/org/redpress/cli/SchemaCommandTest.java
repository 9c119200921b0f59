package org.redpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.testing.TestSite;

class SchemaCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void writesOneDraft07SchemaPerRecordTypeIntoTheOutDirectory() throws IOException {
    TestSite.write(dir, "");
    assertThat(run("schema", "--project", dir.toString(), "--out", "editor/schemas")).isZero();
    try (Stream<Path> files = Files.list(dir.resolve("editor/schemas"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "achievement.schema.json", "activity.schema.json", "material.schema.json", "organization.schema.json",
          "page.schema.json", "practice.schema.json", "venue.schema.json");
    }
    JsonNode venue = new ObjectMapper().readTree(dir.resolve("editor/schemas/venue.schema.json").toFile());
    assertThat(venue.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(venue.at("/properties/name/maxLength").asInt()).isEqualTo(80);
    assertThat(out.toString()).contains("7 个 JSON Schema");
  }

  @Test
  void takesTheProgramsAndVenueTypesFromTheProjectsSiteYaml() throws IOException {
    TestSite.write(dir, "");
    assertThat(run("schema", "--project", dir.toString())).isZero();
    JsonNode venue = new ObjectMapper().readTree(dir.resolve("schemas/venue.schema.json").toFile());
    List<String> types = new ArrayList<>();
    venue.at("/properties/type/enum").forEach(n -> types.add(n.asText()));
    assertThat(types).containsExactly("station", "study-point");
  }

  @Test
  void warnsAndLeavesTheValuesOpenWithoutASiteYaml() throws IOException {
    Files.createDirectories(dir.resolve("content"));
    assertThat(run("schema", "--project", dir.toString())).isZero();
    assertThat(err.toString()).contains("没有读到有效的 content/site.yaml");
    JsonNode practice = new ObjectMapper().readTree(dir.resolve("schemas/practice.schema.json").toFile());
    assertThat(practice.at("/properties/program").has("enum")).isFalse();
  }
}

package org.redpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.redpress.build.PipelineOptions;
import org.redpress.config.SiteConfig;
import org.redpress.content.JsonSchemas;
import org.redpress.content.RecordType;
import org.redpress.content.Schemas;
import org.redpress.diagnostics.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redpress schema}: a JSON Schema per record type, from the validator's own field definitions. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Write a JSON Schema (draft-07) per record type, for editors' YAML completion.")
public final class SchemaCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", description = "Directory for the schemas, relative to the project (default: schemas).",
      defaultValue = "schemas")
  Path out;

  @Override
  public Integer call() {
    Messages messages = common.messages();
    PipelineOptions options = PipelineOptions.forProject(common.project);
    Optional<SiteConfig> config = JsonSchemas.siteConfig(options.contentDir());
    if (config.isEmpty()) {
      spec.commandLine().getErr().println(messages.format("schema.no-site"));
    }
    JsonSchemas schemas = new JsonSchemas(new Schemas(), config.orElse(null));
    Path dir = options.projectDir().resolve(out);
    try {
      Files.createDirectories(dir);
      for (RecordType type : RecordType.values()) {
        Files.writeString(dir.resolve(JsonSchemas.fileName(type)), schemas.text(type));
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println(messages.format("cli.write-failed", dir, String.valueOf(e.getMessage())));
      return Main.USAGE;
    }
    spec.commandLine().getOut().println(messages.format("schema.written", RecordType.values().length, dir));
    return Main.OK;
  }
}

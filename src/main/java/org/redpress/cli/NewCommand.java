package org.redpress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.redpress.build.PipelineOptions;
import org.redpress.config.SiteConfig;
import org.redpress.content.ContentLoader;
import org.redpress.content.Ids;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redpress new <type> <id>}: starts a record file from its type's template, dated today. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new record file.")
public final class NewCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "practice, material, achievement, venue, organization or page")
  String type;

  @Parameters(index = "1", description = "the id: lower-case ASCII letters, digits and hyphens")
  String id;

  @Option(names = "--title", description = "The title (or name) to start with.")
  String title;

  @Override
  public Integer call() throws IOException {
    Messages messages = common.messages();
    var err = spec.commandLine().getErr();
    var recordType = RecordType.byKey(type);
    if (recordType.isEmpty()) {
      err.println(messages.format("new.unknown-type", type));
      return Main.USAGE;
    }
    if (!Ids.isValid(id)) {
      err.println(messages.format("new.bad-id", id, Ids.suggest(id)));
      return Main.CONTENT_ERRORS;
    }
    if (title != null && title.chars().anyMatch(Character::isISOControl)) {
      err.println(messages.format("new.bad-title"));
      return Main.CONTENT_ERRORS;
    }
    PipelineOptions options = PipelineOptions.forProject(common.project);
    SiteConfig config = new ContentLoader(options.projectDir(), options.contentDir())
        .load(new Diagnostics()).map(c -> c.config()).orElse(null);
    RecordTemplate template = new RecordTemplate(config, options.today());
    boolean yaml = recordType.get() == RecordType.VENUE || recordType.get() == RecordType.ORGANIZATION;
    Path file = options.contentDir().resolve(recordType.get().folder()).resolve(id + (yaml ? ".yaml" : ".md"));
    Path other = options.contentDir().resolve(recordType.get().folder()).resolve(id + (yaml ? ".md" : ".yaml"));
    String shown = options.projectDir().relativize(file).toString();
    if (Files.exists(other)) {
      err.println(messages.format("new.exists", options.projectDir().relativize(other)));
      return Main.CONTENT_ERRORS;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, template.text(recordType.get(), title), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      err.println(messages.format("new.exists", shown));
      return Main.CONTENT_ERRORS;
    }
    spec.commandLine().getOut().println(messages.format("new.created", shown));
    return Main.OK;
  }
}

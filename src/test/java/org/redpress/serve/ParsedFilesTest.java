package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.redpress.config.SiteConfig;
import org.redpress.content.ContentLoader;
import org.redpress.content.RecordType;
import org.redpress.content.SourceRecord;

class ParsedFilesTest {

  private static final Path PROJECT = Path.of("/p").toAbsolutePath();
  private static final String FILE = "content/practices/a.md";

  private final ParsedFiles files = new ParsedFiles(PROJECT);
  private final AtomicInteger parses = new AtomicInteger();

  private ContentLoader.Parsed load(String text) {
    ContentLoader.Parsed parsed = files.parse(FILE, text.getBytes(StandardCharsets.UTF_8), () -> {
      parses.incrementAndGet();
      return new ContentLoader.Parsed(Optional.empty(), List.of());
    });
    files.loaded();
    return parsed;
  }

  @Test
  void theSameBytesAreParsedOnceAndOtherBytesAgain() {
    ContentLoader.Parsed first = load("甲");
    assertThat(load("甲")).isSameAs(first);
    assertThat(parses).hasValue(1);
    load("乙");
    assertThat(parses).hasValue(2);
  }

  @Test
  void aFileNoSaveNamedIsTakenUnreadAndANamedOneOrOneUnderANamedFolderIsRead() {
    ContentLoader.Parsed first = load("甲");
    files.nextLoad(Set.of(PROJECT.resolve("content/practices/b.md")));
    assertThat(files.unchanged(FILE)).containsSame(first);
    files.loaded();

    files.nextLoad(Set.of(PROJECT.resolve(FILE)));
    assertThat(files.unchanged(FILE)).isEmpty();
    files.nextLoad(Set.of(PROJECT.resolve("content/practices")));
    assertThat(files.unchanged(FILE)).isEmpty();
    files.nextLoad(Set.of());
    assertThat(files.unchanged(FILE)).as("nothing named: anything may have changed").isEmpty();
    files.nextLoad(Set.of(Path.of("/elsewhere/x.md").toAbsolutePath()));
    assertThat(files.unchanged(FILE)).as("a path outside the project").isEmpty();
  }

  @Test
  void aValidationIsKeptForTheSameParseUnderAnEqualConfigurationOnly() {
    SiteConfig config = TestModels.empty().config();
    SourceRecord source = new SourceRecord(RecordType.PAGE, "a", FILE, null, "", 0);
    AtomicInteger validations = new AtomicInteger();
    Supplier<ContentLoader.Validated> validate = () -> {
      validations.incrementAndGet();
      return new ContentLoader.Validated(Optional.empty(), List.of());
    };
    files.validated(source, config, validate);
    files.loaded();
    files.validated(source, config.withBaseUrl(config.baseUrl()), validate);
    files.loaded();
    assertThat(validations).as("an equal configuration").hasValue(1);
    files.validated(source, config.withBaseUrl(URI.create("https://other.example/")), validate);
    files.loaded();
    assertThat(validations).as("another configuration").hasValue(2);
    files.validated(new SourceRecord(RecordType.PAGE, "a", FILE, null, "", 0), config, validate);
    assertThat(validations).as("another parse of the file").hasValue(3);
  }
}

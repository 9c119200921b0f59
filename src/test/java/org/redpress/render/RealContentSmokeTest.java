package org.redpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.output.OutputFile;
import org.redpress.testing.AllianceFixture;

/** The alliance's real content renders with the real theme without errors or broken links. */
class RealContentSmokeTest {

  @Test
  void theBundledSiteRendersWithoutErrorsAndWithoutBrokenLinks() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Path project = AllianceFixture.PROJECT;
    List<OutputFile> files = RenderFixture.render(project, RenderFixture.THEME, diagnostics);
    new LinkChecker().check(files, "/", diagnostics);
    String dump = System.getProperty("redpress.dumpSite");
    if (dump != null) {
      for (OutputFile f : files) {
        Path p = Path.of(dump).resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.write(p, f.bytes());
      }
    }
    Messages messages = Messages.forLanguage("zh");
    if (dump != null) {
      diagnostics.sorted().forEach(d -> System.out.println(d.format(messages)));
    }
    assertThat(diagnostics.sorted().stream().filter(Diagnostic::isError).map(d -> d.format(messages)))
        .isEmpty();
    assertThat(files).extracting(OutputFile::path).contains("index.html", "404.html", "sitemap.xml");
  }
}

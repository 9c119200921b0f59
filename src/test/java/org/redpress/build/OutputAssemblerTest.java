package org.redpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redpress.diagnostics.Diagnostic;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.model.SiteModel;
import org.redpress.output.OutputFile;
import org.redpress.output.OutputStep;

class OutputAssemblerTest {

  /** A step that makes its files once {@code go} opens. */
  private record Step(String name, CountDownLatch go, List<String> paths) implements OutputStep {
    @Override
    public List<OutputFile> produce(SiteModel model, Diagnostics diagnostics) {
      try {
        assertThat(go.await(30, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return paths.stream().map(p -> OutputFile.text(p, name)).toList();
    }
  }

  @Test
  void handsOverEachStepsFilesAsSoonAsThatStepIsDoneWhileASlowerOneRuns() throws IOException {
    CountDownLatch slow = new CountDownLatch(1);
    CountDownLatch open = new CountDownLatch(0);
    List<OutputStep> steps = List.of(new Step("search", slow, List.of("search/engine.js")),
        new Step("pages", open, List.of("index.html", "a/index.html")));
    List<List<String>> handed = new ArrayList<>();
    List<StageTiming> timings = new ArrayList<>();
    List<OutputFile> all = new OutputAssembler(steps).produce(null, new Diagnostics(), timings, ready -> {
      handed.add(ready.stream().map(OutputFile::path).toList());
      slow.countDown(); // the slow step finishes only once the pages have been handed over
    });

    assertThat(handed).containsExactly(List.of("index.html", "a/index.html"), List.of("search/engine.js"));
    assertThat(all).extracting(OutputFile::path).containsExactly("a/index.html", "index.html", "search/engine.js");
    assertThat(timings).extracting(StageTiming::stage).containsExactly("render:search", "render:pages");
  }

  @Test
  void aPathTwoStepsMakeIsAnErrorAndHandedOverOnce() throws IOException {
    CountDownLatch open = new CountDownLatch(0);
    List<OutputStep> steps = List.of(new Step("one", open, List.of("x.html")), new Step("two", open, List.of("x.html")));
    Diagnostics diagnostics = new Diagnostics();
    List<String> handed = new ArrayList<>();
    new OutputAssembler(steps).produce(null, diagnostics, new ArrayList<>(),
        ready -> ready.forEach(f -> handed.add(f.path())));
    assertThat(handed).containsExactly("x.html");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-DUP-URL");
  }
}

package org.redpress.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redpress.build.SyntheticContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redpress synth}: writes a synthetic project for benchmarks (hidden from help). */
@Command(name = "synth", hidden = true, description = "Write N synthetic records for benchmarks.")
public final class SynthCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--records", defaultValue = "1000")
  int records;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--out", required = true)
  Path out;

  @Override
  public Integer call() throws IOException {
    new SyntheticContent(seed).write(out, records);
    spec.commandLine().getOut().println(records + " records written under " + out.resolve("content"));
    return Main.OK;
  }
}

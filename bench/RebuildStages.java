import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redpress.build.PipelineOptions;
import org.redpress.build.SyntheticContent;
import org.redpress.serve.BuildOutcome;
import org.redpress.serve.PreviewRebuilder;

/**
 * Rebuild benchmark of the preview's save (not a test): the stages a save runs before the reload
 * (load, validate, resolve, model, plan) of a synthetic site, after each edit of one practice,
 * with one PreviewRebuilder kept across the edits as the preview server keeps it. Prints min/median/max of the second half of the runs (the first
 * half warms the JVM up).
 *
 * <pre>
 * mvn -q -B -o test-compile
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) bench/RebuildStages.java [DIR] [body|tags] [RUNS] [RECORDS]
 * </pre>
 *
 * The test classes are on the class path for SyntheticContent, a test-tree generator.
 * DIR (default /tmp/redpress-rebuild-stages) gets a synthetic site of RECORDS (10000) records when
 * it has no content/ yet, and the repository's templates/ when it has none (run it from the
 * repository's root). {@code body} edits the body only, {@code tags} a tag. The edited file is restored at the end.
 */
public class RebuildStages {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/redpress-rebuild-stages");
    String mode = args.length > 1 ? args[1] : "body";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int records = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    if (!Files.exists(dir.resolve("content"))) {
      new SyntheticContent(42).write(dir, records);
    }
    if (!Files.exists(dir.resolve("templates"))) {
      // The repository's theme (run from its root), as bench/serve-bench.sh copies it.
      Path theme = Path.of("templates");
      try (var files = Files.walk(theme)) {
        for (Path from : files.toList()) {
          Files.copy(from, dir.resolve("templates").resolve(theme.relativize(from).toString()));
        }
      }
    }
    PreviewRebuilder rebuilder = new PreviewRebuilder(PipelineOptions.forProject(dir));
    Path file = dir.resolve("content/practices/practice-7.md");
    String original = Files.readString(file);
    Map<String, List<Long>> millis = new LinkedHashMap<>();
    try {
      for (int i = 0; i < runs; i++) {
        String text = mode.equals("tags")
            ? original.replaceFirst("tags: \\[", "tags: [标签" + i + ", ")
            : original + "\n第" + i + "次修改。\n";
        Files.writeString(file, text);
        long start = System.nanoTime();
        BuildOutcome result = rebuilder.rebuild(Set.of(file.toAbsolutePath()));
        long total = (System.nanoTime() - start) / 1_000_000;
        result.site().orElseThrow(() -> new IllegalStateException(result.diagnostics().toString()));
        if (i >= runs / 2) {
          result.timings().forEach(t -> millis.computeIfAbsent(t.stage(), k -> new ArrayList<>())
              .add(t.took().toMillis()));
          millis.computeIfAbsent("total", k -> new ArrayList<>()).add(total);
        }
      }
    } finally {
      Files.writeString(file, original);
    }
    StringBuilder out = new StringBuilder(mode + " edit, last " + (runs - runs / 2) + " of " + runs + " runs (ms):");
    millis.forEach((stage, list) -> {
      List<Long> sorted = new ArrayList<>(list);
      Collections.sort(sorted);
      out.append(String.format(" %s %d/%d/%d", stage, sorted.get(0), sorted.get(sorted.size() / 2),
          sorted.get(sorted.size() - 1)));
    });
    System.out.println(out);
  }
}

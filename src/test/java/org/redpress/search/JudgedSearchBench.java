package org.redpress.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redpress.model.SiteModel;

/**
 * Not a test: the Java half of {@code bench/judged-bench.sh}. Runs the judged queries of
 * {@code bench/search-judgments.tsv} and prints nDCG@5, success@1 (the top hit is a page graded
 * as high as any) and recall@10 (of the pages graded at all) per kind and overall.
 */
public final class JudgedSearchBench {

  /** One judged query. */
  record Judged(String site, String kind, String query, Map<String, Integer> grades) {}

  private JudgedSearchBench() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    List<Judged> judged = read(root.resolve("bench/search-judgments.tsv"));
    boolean verbose = args.length > 0 && args[0].equals("-v");
    Map<String, SiteModel> sites = new HashMap<>();
    // The bench measures the site as it ships today, so it reads content/ itself (tests use the fixture).
    sites.put("bundled", Sites.load(root));
    sites.put("minimal", Sites.load(root.resolve("src/test/resources/sites/minimal")));
    Map<String, double[]> byKind = new LinkedHashMap<>();
    double[] all = new double[4];
    Map<String, double[]> bySite = new java.util.TreeMap<>();
    Map<String, SearchIndex> indexes = new HashMap<>();
    try {
      sites.forEach((k, m) -> indexes.put(k, SearchIndex.build(m)));
      for (Judged j : judged) {
        SearchIndex index = indexes.get(j.site());
        SearchResults r = index.search(SearchQuery.of(j.query()).page(0, 10));
        List<String> paths = r.hits().stream()
            .map(h -> strip(h.url().substring(index.basePath().length()))).toList();
        double[] m = {ndcg(paths, j.grades(), 5), success(paths, j.grades()), recall(paths, j.grades(), 10), 1};
        add(byKind.computeIfAbsent(j.kind(), k -> new double[4]), m);
        add(all, m);
        add(bySite.computeIfAbsent("site " + j.site(), k -> new double[4]), m);
        if (verbose) {
          System.out.printf("%-11s %-7s %-28s nDCG@5 %.2f s@1 %.0f R@10 %.2f  %s%n", j.kind(), j.site(), j.query(),
              m[0], m[1], m[2], paths.stream().limit(5).map(p -> p + "=" + j.grades().getOrDefault(p, 0)).toList());
        }
      }
    } finally {
      indexes.values().forEach(SearchIndex::close);
    }
    System.out.printf("%-12s %7s %8s %10s %10s%n", "kind", "queries", "nDCG@5", "success@1", "recall@10");
    byKind.forEach((k, v) -> row(k, v));
    bySite.forEach((k, v) -> row(k, v));
    row("overall", all);
  }

  private static void row(String name, double[] v) {
    System.out.printf("%-12s %7d %8.3f %10.3f %10.3f%n", name, (int) v[3], v[0] / v[3], v[1] / v[3], v[2] / v[3]);
  }

  private static void add(double[] into, double[] m) {
    for (int i = 0; i < 4; i++) {
      into[i] += m[i];
    }
  }

  private static String strip(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
    }
    int[] ideal = grades.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.length); i++) {
      idcg += gain(ideal[ideal.length - 1 - i], i);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade, int rank) {
    return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
  }

  static double success(List<String> ranked, Map<String, Integer> grades) {
    int best = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return !ranked.isEmpty() && grades.getOrDefault(ranked.get(0), 0) == best ? 1 : 0;
  }

  static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long found = ranked.stream().limit(k).filter(p -> grades.getOrDefault(p, 0) > 0).count();
    return grades.isEmpty() ? 1 : (double) found / grades.size();
  }

  /** The judged queries, in file order. */
  static List<Judged> read(Path file) throws IOException {
    List<Judged> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      Map<String, Integer> grades = new LinkedHashMap<>();
      Arrays.stream(cols[3].trim().split(" +")).forEach(g -> {
        int eq = g.lastIndexOf('=');
        grades.put(g.substring(0, eq), Integer.parseInt(g.substring(eq + 1)));
      });
      out.add(new Judged(cols[0], cols[1], cols[2], grades));
    }
    return out;
  }
}

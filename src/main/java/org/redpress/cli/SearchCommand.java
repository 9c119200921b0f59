package org.redpress.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.redpress.build.Pipeline;
import org.redpress.build.PipelineOptions;
import org.redpress.content.RecordType;
import org.redpress.diagnostics.Diagnostics;
import org.redpress.diagnostics.Messages;
import org.redpress.model.SiteModel;
import org.redpress.search.Facet;
import org.redpress.search.SearchHit;
import org.redpress.search.SearchIndex;
import org.redpress.search.SearchQuery;
import org.redpress.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code redpress search}: Lucene over the published records, ranked exactly as the site's search page. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the published records with the site's own ranking.")
public final class SearchCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for, e.g. 志愿服务.")
  String query;

  @Option(names = "--json", description = "Print {query, total, partial, hits: [{url, title, type, score}]}.")
  boolean json;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--type", paramLabel = "T", description = "Only records of this type: practice, material, "
      + "achievement, venue, organization, activity or page; repeat for several.")
  List<String> types = new ArrayList<>();

  @Option(names = "--venue-type", paramLabel = "KEY", description = "Only venues of this venue type "
      + "(a key of site.yaml's venueTypes); repeat for several.")
  List<String> venueTypes = new ArrayList<>();

  @Option(names = "--area", paramLabel = "NAME", description = "Only venues in this area: the street "
      + "(or town) of their address, else the community (or village); repeat for several.")
  List<String> areas = new ArrayList<>();

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    Messages messages = common.messages();
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    for (String t : types) {
      if (RecordType.byKey(t).isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown --type " + t);
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<SiteModel> model = new Pipeline(PipelineOptions.forProject(common.project)).model(diagnostics);
    if (model.isEmpty() || diagnostics.hasErrors()) {
      new DiagnosticPrinter(messages, spec.commandLine().getErr()).print(diagnostics);
      return Main.CONTENT_ERRORS;
    }
    for (String v : venueTypes) {
      if (model.get().config().venueType(v).isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown --venue-type " + v + " (site.yaml has: "
            + String.join(", ", model.get().config().venueTypes().stream().map(t -> t.key()).toList()) + ")");
      }
    }
    SearchQuery q = SearchQuery.of(query).page(0, limit);
    if (!types.isEmpty()) {
      q = q.filter(Facet.TYPE, types.toArray(String[]::new));
    }
    if (!venueTypes.isEmpty()) {
      q = q.filter(Facet.VENUE_TYPE, venueTypes.toArray(String[]::new));
    }
    if (!areas.isEmpty()) {
      q = q.filter(Facet.AREA, areas.stream().map(String::strip).toArray(String[]::new));
    }
    SearchResults results;
    try (SearchIndex index = SearchIndex.build(model.get())) {
      results = index.search(q);
    }
    out.println(json ? json(results) : text(results, messages));
    out.flush();
    return Main.OK;
  }

  /** Exactly the fields the issue names, in that order; the URL as published. */
  static String json(SearchResults r) throws JsonProcessingException {
    return new ObjectMapper().writeValueAsString(r.summaryFields());
  }


  private static String text(SearchResults r, Messages messages) {
    StringBuilder s = new StringBuilder();
    if (r.total() == 0) {
      String none = messages.format("search.none", r.query());
      return r.suggestions().isEmpty() ? none
          : none + "\n" + messages.format("search.suggest", String.join(messages.isEnglish() ? ", " : "、", r.suggestions()));
    }
    if (r.partial()) {
      s.append(messages.format("search.partial")).append('\n');
    }
    s.append(messages.format("search.found", r.total(), r.hits().size()));
    int n = 1;
    for (SearchHit h : r.hits()) {
      String type = RecordType.byKey(h.type()).map(t -> messages.isEnglish() ? t.key() : t.chineseName()).orElse(h.type());
      s.append('\n').append(n++).append(". ").append(h.title()).append("  [").append(type)
          .append(h.date() == null ? "" : " " + h.date()).append("]\n   ").append(h.url())
          .append("\n   ").append(marked(h.snippet()));
    }
    return s.toString();
  }

  /** Terminal output has no <mark>: matches are bracketed 【like this】. */
  private static String marked(SearchHit.Highlighted h) {
    StringBuilder s = new StringBuilder();
    int at = 0;
    for (SearchHit.Span m : h.marks()) {
      s.append(h.text(), at, m.start()).append('【').append(h.text(), m.start(), m.end()).append('】');
      at = m.end();
    }
    return s.append(h.text().substring(at)).toString().replace('\n', ' ');
  }
}

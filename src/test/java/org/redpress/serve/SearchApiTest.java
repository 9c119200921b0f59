package org.redpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redpress.cli.SearchCommand;
import picocli.CommandLine;

class SearchApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PreviewFixture site = SharedPreview.get();

  @Test
  void answersInTheShapeAndOrderOfTheCommandLinesJsonFollowedByTheExtras() throws IOException {
    JsonNode api = ok("/api/search?q=" + enc("拆迁"));
    JsonNode cli = cli("拆迁");
    assertThat(names(api)).containsExactly("query", "total", "partial", "hits", "page", "limit", "facets");
    assertThat(cliFieldsOf(api)).isEqualTo(cli);
    assertThat(api.get("hits")).isNotEmpty();
    assertThat(names(api.get("hits").get(0)))
        .containsExactly("url", "title", "type", "score", "date", "titleMarks", "snippet");
  }

  @Test
  void ranksLikeTheCommandLineOnSeveralQueries() throws IOException {
    for (String q : List.of("党员", "志愿服务", "三会一课", "开发区", "2018")) {
      assertThat(cliFieldsOf(ok("/api/search?q=" + enc(q) + "&limit=100"))).as(q).isEqualTo(cliAll(q));
    }
  }

  @Test
  void marksMatchesAsRangesOverPlainTextNeverAsHtml() throws IOException {
    JsonNode hit = ok("/api/search?q=" + enc("拆迁")).get("hits").get(0);
    String text = hit.get("snippet").get("text").asText();
    JsonNode mark = hit.get("snippet").get("marks").get(0);
    assertThat(text.substring(mark.get(0).asInt(), mark.get(1).asInt())).isEqualTo("拆迁");
    assertThat(hit.toString()).doesNotContain("<mark>");
  }

  @Test
  void pagesThroughHitsWithPageAndLimit() throws IOException {
    JsonNode all = ok("/api/search?q=" + enc("党员") + "&limit=100");
    JsonNode second = ok("/api/search?q=" + enc("党员") + "&page=2&limit=1");
    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(second.get("page").asInt()).isEqualTo(2);
    assertThat(second.get("hits")).hasSize(1);
    assertThat(second.get("hits").get(0).get("url")).isEqualTo(all.get("hits").get(1).get("url"));
  }

  @Test
  void filtersByTypeAndCountsEveryFacet() throws IOException {
    JsonNode r = ok("/api/search?q=" + enc("党员") + "&type=practice");
    assertThat(r.get("hits")).allSatisfy(h -> assertThat(h.get("type").asText()).isEqualTo("practice"));
    assertThat(names(r.get("facets"))).containsExactly("type", "program", "year", "venueType", "area");
    assertThat(r.get("facets").get("type").get(0).get("count").asInt()).isPositive();
  }

  @Test
  void filtersVenuesByVenueTypeLikeTheCommandLine() throws IOException {
    JsonNode r = ok("/api/search?q=" + enc("展览馆") + "&venueType=station&limit=100");
    assertThat(r.get("hits")).isNotEmpty().allSatisfy(h -> assertThat(h.get("type").asText()).isEqualTo("venue"));
    assertThat(r.get("facets").get("venueType").get(0).get("value").asText()).isEqualTo("station");
    assertThat(r.get("facets").get("venueType").get(0).get("label").asText()).isEqualTo("红色加油站");
    assertThat(cliFieldsOf(r)).isEqualTo(cli("展览馆", "--limit", "100", "--venue-type", "station"));
    assertThat(ok("/api/search?q=" + enc("展览馆") + "&venueType=classroom").get("total").asLong()).isZero();
    assertThat(ok("/api/search?q=" + enc("展览馆") + "&area=" + enc("某街道")).get("total").asLong()).isZero();
  }

  @Test
  void echoesMarkupInTheQueryAsJsonTextAndNeverFails() throws IOException {
    for (String q : List.of("<script>alert(1)</script>", "/.*/", "\"unbalanced", "a~2", "*", "ＡＢＣ１２３")) {
      HttpResponse<String> r = site.get("/api/search?q=" + enc(q));
      assertThat(r.statusCode()).as(q).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("query").asText()).isEqualTo(q);
    }
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "                                   | q",
      "q=                                 | q",
      "q=%20%20                           | q",
      "q=%01abc                           | q",
      "type=practice                      | q",
      "q=x&type=novel                     | type",
      "q=x&type=practice,novel            | type",
      "q=x&program=%3Cb%3E                | program",
      "q=x&year=last                      | year",
      "q=x&venueType=%3Cb%3E              | venueType",
      "q=x&area=%3Cscript%3E              | area",
      "q=x&page=0                         | page",
      "q=x&page=-1                        | page",
      "q=x&page=two                       | page",
      "q=x&page=1.5                       | page",
      "q=x&limit=0                        | limit",
      "q=x&limit=101                      | limit",
      "q=x&limit=ten                      | limit",
      "q=x&page=1000&limit=100            | page",
  })
  void refusesABadParameterWith400AndItsName(String query, String parameter) throws IOException {
    HttpResponse<String> r = site.get("/api/search" + (query == null ? "" : "?" + query));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("parameter").asText()).isEqualTo(parameter);
    assertThat(body.get("error").asText()).isNotBlank();
  }

  @Test
  void refusesAQueryOver200Characters() throws IOException {
    assertThat(site.get("/api/search?q=" + enc("党".repeat(200))).statusCode()).isEqualTo(200);
    HttpResponse<String> r = site.get("/api/search?q=" + enc("党".repeat(201)));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("parameter").asText()).isEqualTo("q");
  }

  private JsonNode ok(String path) throws IOException {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    return JSON.readTree(r.body());
  }

  /** {@code redpress search --json} on the same project. */
  private JsonNode cli(String q, String... more) throws IOException {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new SearchCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(new StringWriter(), true));
    List<String> args = new ArrayList<>(List.of(q, "--json", "--project", site.project.toString()));
    args.addAll(List.of(more));
    assertThat(cmd.execute(args.toArray(String[]::new))).isZero();
    return JSON.readTree(out.toString());
  }

  private JsonNode cliAll(String q) throws IOException {
    return cli(q, "--limit", "100");
  }

  /** The API's answer cut down to the fields the command line prints. */
  private static JsonNode cliFieldsOf(JsonNode api) {
    ObjectNode root = JSON.createObjectNode();
    root.set("query", api.get("query"));
    root.set("total", api.get("total"));
    root.set("partial", api.get("partial"));
    ArrayNode hits = root.putArray("hits");
    for (JsonNode h : api.get("hits")) {
      ObjectNode hit = hits.addObject();
      for (String f : List.of("url", "title", "type", "score")) {
        hit.set(f, h.get(f));
      }
    }
    if (api.has("suggestions")) {
      root.set("suggestions", api.get("suggestions"));
    }
    return root;
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

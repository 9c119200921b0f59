package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redpress.cli.SearchCommand;
import picocli.CommandLine;

/** {@code redpress search --json} prints the issue's shape, in the order the browser shows. */
class SearchCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SearchCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void jsonOutputHasTheIssuesShapeAndTheIndexOrder() throws Exception {
    Run r = run("志愿服务", "--json", "--limit", "3", "--project", Sites.FIXTURE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("query", "total", "partial", "hits");
    assertThat(json.get("query").asText()).isEqualTo("志愿服务");
    assertThat(json.get("hits")).hasSize(3);
    List<String> hitKeys = new ArrayList<>();
    json.get("hits").get(0).fieldNames().forEachRemaining(hitKeys::add);
    assertThat(hitKeys).containsExactly("url", "title", "type", "score");
    try (SearchIndex index = SearchIndex.build(Sites.fixture())) {
      SearchResults expected = index.search(SearchQuery.of("志愿服务").page(0, 3));
      assertThat(json.get("total").asLong()).isEqualTo(expected.total());
      for (int i = 0; i < 3; i++) {
        assertThat(json.get("hits").get(i).get("url").asText()).isEqualTo(expected.hits().get(i).url());
        assertThat((float) json.get("hits").get(i).get("score").asDouble()).isEqualTo(expected.hits().get(i).score());
      }
    }
  }

  @Test
  void typeFilterAndTextOutput() {
    Run r = run("党建", "--type", "material", "--project", Sites.FIXTURE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("找到").contains("学习资料").contains("/materials/").doesNotContain("/practices/");
  }

  @Test
  void venueTypeAndAreaFiltersKeepTheVenuesOfThatTypeInThatArea() {
    String venues = java.nio.file.Path.of("src/test/resources/sites/venues").toString();
    Run street = run("测试", "--area", "测试街道", "--project", venues);
    assertThat(street.exit()).as(street.err()).isZero();
    assertThat(street.out()).contains("/venues/jinchu-guan/").contains("/venues/zhongjian-dian/")
        .doesNotContain("/venues/yuanchu-guan/").doesNotContain("/activities/");
    Run both = run("测试", "--area", "测试街道", "--venue-type", "study-point", "--project", venues);
    assertThat(both.out()).contains("/venues/zhongjian-dian/").doesNotContain("/venues/jinchu-guan/");
    Run unknown = run("测试", "--venue-type", "nonesuch", "--project", venues);
    assertThat(unknown.exit()).isNotZero();
    assertThat(unknown.err()).contains("nonesuch").contains("station");
  }

  @Test
  void aQueryThatFindsNothingSuggestsTheSitesOwnTerms() throws Exception {
    Run text = run("氪氙氡", "--project", Sites.FIXTURE.toString());
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("没有找到与“氪氙氡”相关的内容").contains("您是不是要找：");
    Run json = run("氪氙氡", "--json", "--project", Sites.FIXTURE.toString());
    JsonNode suggestions = new ObjectMapper().readTree(json.out()).get("suggestions");
    assertThat(suggestions).isNotEmpty();
    suggestions.forEach(s -> assertThat(text.out()).contains(s.asText()));
  }

  @Test
  void anUnknownTypeIsAUsageError() {
    assertThat(run("党建", "--type", "nonsense", "--project", Sites.FIXTURE.toString()).exit()).isEqualTo(2);
  }
}

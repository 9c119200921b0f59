package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Any run of two or more Han characters from a record's title, body or any other text its page
 * shows as the record's own (tags, summary, audience, note, address, hours, contact,
 * description) finds that record.
 */
class SubstringRecallTest {

  private static Corpus fixture;

  @BeforeAll
  static void build() {
    fixture = new Corpus(Sites.fixture());
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  /** Every substring of two or more characters of every maximal Han run of {@code text}. */
  static List<String> hanSubstrings(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && ZhTokens.isHan(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      String run = text.substring(start, i);
      int[] cps = run.codePoints().toArray();
      for (int a = 0; a < cps.length; a++) {
        for (int b = a + 2; b <= cps.length; b++) {
          out.add(new String(cps, a, b - a));
        }
      }
      i += i == start ? Character.charCount(text.codePointAt(i)) : 0;
    }
    return out;
  }

  @Test
  void everyHanSubstringOfEveryTitleFindsItsRecordInLucene() {
    // Each distinct substring is searched once and must find every title it came from.
    java.util.Map<String, java.util.Set<Integer>> wanted = new java.util.LinkedHashMap<>();
    for (int d = 0; d < fixture.index.size(); d++) {
      for (String q : hanSubstrings(fixture.index.documents().get(d).title())) {
        wanted.computeIfAbsent(q, k -> new java.util.TreeSet<>()).add(d);
      }
    }
    assertThat(wanted.values().stream().mapToInt(java.util.Set::size).sum()).isGreaterThan(1000);
    wanted.forEach((q, ds) -> assertThat(fixture.index.matchingAll(q).stream().boxed().toList())
        .as("%s finds records %s", q, ds).containsAll(ds));
  }

  @Test
  void everyHanSubstringOfEveryOtherVisibleFieldFindsItsRecordInLucene() {
    org.redpress.model.SiteModel model = Sites.fixture();
    java.util.Map<String, Integer> byPath = new java.util.HashMap<>();
    for (int d = 0; d < fixture.index.size(); d++) {
      byPath.put(fixture.index.documents().get(d).path(), d);
    }
    java.util.Map<String, java.util.Set<Integer>> wanted = new java.util.LinkedHashMap<>();
    int audiences = 0;
    for (org.redpress.content.Record r : model.records()) {
      int d = byPath.get(model.path(org.redpress.model.RecordKey.of(r)));
      List<String> fields = new ArrayList<>(r.meta().tags());
      fields.add(r.meta().summary());
      fields.add(r.meta().note());
      if (r instanceof org.redpress.content.Record.Material m && m.audience() != null) {
        fields.add(m.audience());
        audiences++;
      } else if (r instanceof org.redpress.content.Record.Venue v) {
        fields.addAll(java.util.Arrays.asList(v.address(), v.hours(), v.contact(), v.description()));
      } else if (r instanceof org.redpress.content.Record.Organization o) {
        fields.add(o.description());
      }
      for (String f : fields) {
        for (String q : hanSubstrings(f == null ? "" : f)) {
          if (q.codePointCount(0, q.length()) <= 8) {
            wanted.computeIfAbsent(q, k -> new java.util.TreeSet<>()).add(d);
          }
        }
      }
    }
    assertThat(audiences).as("materials with an audience in the fixture").isPositive();
    wanted.forEach((q, ds) -> assertThat(fixture.index.matchingAll(q).stream().boxed().toList())
        .as("%s finds records %s", q, ds).containsAll(ds));
  }

  @Test
  void randomHanSubstringsOfBodiesFindTheirRecordInLuceneAndInTheEngine() throws Exception {
    SplittableRandom random = new SplittableRandom(5);
    ObjectMapper json = new ObjectMapper();
    int checked = 0;
    for (int n = 0; n < 200; n++) {
      int d = random.nextInt(fixture.index.size());
      SearchDocument doc = fixture.index.documents().get(d);
      List<String> subs = hanSubstrings(random.nextBoolean() ? doc.body() : doc.title());
      if (subs.isEmpty()) {
        continue;
      }
      String q = subs.get(random.nextInt(subs.size()));
      assertThat(docs(q)).as("%s finds %s", q, doc.path()).contains(d);
      String hits = fixture.js.await("__engine.search(" + json.writeValueAsString(q) + ", {})",
          "function (r) { return r.hits.map(function (h) { return h.doc; }); }");
      assertThat(json.readValue(hits, int[].class)).as("client: %s finds %s", q, doc.path()).contains(d);
      checked++;
    }
    assertThat(checked).isGreaterThan(150);
  }

  private static List<Integer> docs(String q) {
    SearchResults r = fixture.index.search(SearchQuery.of(q).page(0, fixture.index.size()));
    assertThat(r.partial()).as("partial for %s", q).isFalse();
    return r.hits().stream().map(SearchHit::doc).toList();
  }
}

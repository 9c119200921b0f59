package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalyzerParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> ADVERSARIAL = List.of(
      "", " ", "　", "2018年", "580志愿", "1+1>2", "１＋１＞２", "ＡＢＣ１２３", "ａｂｃ", "Ｈｅｌｌｏ　Ｗｏｒｌｄ",
      "2024年G20峰会", "iPhone15发布", "党", "党建", "三会一课", "“书记项目”：由党组织书记认领",
      "https://www.example.org/a/b?x=1&y=中文#frag", "mailto:someone@example.cn", "98.1%", "3.14159",
      "😀党建😀", "👨‍👩‍👧家庭", "党\uD83D\uDE00建", "𠀀𠀁𡃁", "\uD800孤\uDC00立", "党\uD800", "\uDC00建",
      "學習貫徹習近平新時代中國特色社會主義思想", "臺灣與台湾", "々〇〡〢", "⺀⼀⿕", "豈更", "丂丄丅",
      "İstanbul ΣΑΣ straße café naïve", "カタカナ ひらがな 한국어", "ｶﾀｶﾅ", "Ⅻ①²₃", "A-B_C.D,E",
      "<img src=x onerror=alert(1)>", "a\u0000b\tc\nd\re", "٣٤٥ ۱۲۳", "x".repeat(64), "y".repeat(65),
      "z".repeat(129) + "中", "中".repeat(200), "中a中b中c", "——……·、。，；：？！", "ＡＢＣdef１２３ghi",
      "Ｚ", "ｚ", "＠＃￥％", "\uFEFF党建\u200B引领", "𪚥𪚥𪚥", "\u3000党\u3000建\u3000");

  private static JsClient js;
  private static List<String> inputs;

  @BeforeAll
  static void setUp() throws IOException {
    js = new JsClient();
    Set<String> all = new LinkedHashSet<>(ADVERSARIAL);
    all.addAll(contentSentences());
    for (SearchDocument d : SearchDocuments.of(Sites.fixture())) {
      all.add(d.title());
      all.addAll(d.tags());
      all.addAll(sentences(d.summary()));
      all.addAll(sentences(d.body()));
    }
    inputs = new ArrayList<>(all);
  }

  @AfterAll
  static void tearDown() {
    js.close();
  }

  /** Every sentence of every content file of the search fixture, as editors wrote it (front matter included). */
  static List<String> contentSentences() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Sites.FIXTURE.resolve("content"))) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".txt")) {
          out.addAll(sentences(Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  static List<String> sentences(String text) {
    return Stream.of(text.split("(?<=[。！？!?；;])|\\n")).filter(s -> !s.isBlank()).toList();
  }

  @Test
  void theJavaScriptAnalyzerEmitsTheSameTokensAsLuceneForEverySentenceAndAdversarialString() throws IOException {
    List<List<String>> jsMain = jsTokens("analyze");
    List<List<String>> jsUni = jsTokens("unigrams");
    assertThat(inputs).hasSizeGreaterThan(500);
    for (int i = 0; i < inputs.size(); i++) {
      String s = inputs.get(i);
      List<String> java = describe(ZhTokens.main(s));
      assertThat(lucene(ZhAnalyzer.main(), s)).as("Lucene main tokens of %s", s).isEqualTo(java);
      assertThat(jsMain.get(i)).as("JS main tokens of %s", s).isEqualTo(java);
      List<String> javaUni = describe(ZhTokens.unigrams(s));
      assertThat(lucene(ZhAnalyzer.unigrams(), s)).as("Lucene unigrams of %s", s).isEqualTo(javaUni);
      assertThat(jsUni.get(i)).as("JS unigrams of %s", s).isEqualTo(javaUni);
    }
  }

  @Test
  void theSpecExamplesTokenizeAsDocumented() {
    assertThat(terms("ＡＢＣ１２３")).containsExactly("abc123");
    assertThat(terms("580志愿")).containsExactly("580", "志愿");
    assertThat(terms("1+1>2")).containsExactly("1", "1", "2");
    assertThat(terms("2018年三季度")).containsExactly("2018", "年三", "三季", "季度");
    assertThat(terms("https://a.cn/x")).containsExactly("https", "a", "cn", "x");
    assertThat(terms("z".repeat(129))).containsExactly("z".repeat(64), "z".repeat(64), "z");
    assertThat(terms("𠀀𠀁")).containsExactly("𠀀𠀁");
    assertThat(terms("學習 学习")).containsExactly("學習", "学习");
  }

  private static List<String> terms(String s) {
    return ZhTokens.main(s).stream().map(ZhTokens.Token::term).toList();
  }

  private static List<List<String>> jsTokens(String fn) throws IOException {
    js.put("__inputs", JSON.writeValueAsString(inputs));
    String out = js.eval("JSON.stringify(JSON.parse(__inputs).map(function (s) { return RedpressSearch." + fn
        + "(s).map(function (t) { return t.term + '|' + t.start + '|' + t.end + '|' + t.kind; }); }))");
    return JSON.readValue(out, new TypeReference<List<List<String>>>() {});
  }

  private static List<String> describe(List<ZhTokens.Token> tokens) {
    return tokens.stream().map(t -> t.term() + "|" + t.start() + "|" + t.end() + "|" + kind(t.kind())).toList();
  }

  private static String kind(ZhTokens.Kind k) {
    return switch (k) {
      case ALNUM -> "a";
      case BIGRAM -> "b";
      case UNIGRAM -> "u";
    };
  }

  /** Terms and offsets as Lucene's token stream reports them; kinds come from the term's shape. */
  private static List<String> lucene(Analyzer analyzer, String s) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        assertThat(inc.getPositionIncrement()).isEqualTo(1);
        String t = term.toString();
        String k = ZhTokens.isHan(t.codePointAt(0))
            ? (t.codePointCount(0, t.length()) == 1 ? "u" : "b") : "a";
        out.add(t + "|" + offset.startOffset() + "|" + offset.endOffset() + "|" + k);
      }
      ts.end();
    }
    return out;
  }
}

package org.redpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redpress.testing.TestSite;

/**
 * The search page behaviour of the theme's results UI over the shipped engine, in GraalJS against a small fake DOM (no HTML
 * parser exists there, so nothing can reach the page as markup): results, links, highlights,
 * facets, more results, the URL, the empty state and the partial notice.
 */
class SearchPageTest {

  /** Just enough DOM, URL and history for the client's UI code. */
  private static final String DOM = """
      var __timers = [];
      var setTimeout = function (f) { __timers.push(f); return __timers.length; };
      var clearTimeout = function () {};
      function __Node(tag) { this.tagName = tag; this.childNodes = []; this.parentNode = null; this.attrs = {};
        this.listeners = {}; this.hidden = false; this.className = ''; this.id = ''; this.value = ''; this.checked = false; }
      __Node.prototype.appendChild = function (c) { return this.insertBefore(c, null); };
      __Node.prototype.insertBefore = function (c, ref) {
        if (c.parentNode) c.parentNode.childNodes.splice(c.parentNode.childNodes.indexOf(c), 1);
        var i = ref ? this.childNodes.indexOf(ref) : -1;
        if (i < 0) this.childNodes.push(c); else this.childNodes.splice(i, 0, c);
        c.parentNode = this; return c; };
      Object.defineProperty(__Node.prototype, 'nextSibling', { get: function () {
        var s = this.parentNode.childNodes; return s[s.indexOf(this) + 1] || null; } });
      Object.defineProperty(__Node.prototype, 'textContent', {
        get: function () { return this.text !== undefined ? this.text : this.childNodes.map(function (c) { return c.textContent; }).join(''); },
        set: function (t) { this.childNodes = []; if (t) this.appendChild(document.createTextNode(t)); } });
      __Node.prototype.setAttribute = function (k, v) { this.attrs[k] = String(v); };
      __Node.prototype.getAttribute = function (k) { return k in this.attrs ? this.attrs[k] : null; };
      __Node.prototype.removeAttribute = function (k) { delete this.attrs[k]; };
      __Node.prototype.addEventListener = function (t, f) { (this.listeners[t] = this.listeners[t] || []).push(f); };
      __Node.prototype.dispatch = function (t, ev) { (this.listeners[t] || []).forEach(function (f) { f(ev || { preventDefault: function () {} }); }); };
      __Node.prototype.focus = function () { document.activeElement = this; };
      __Node.prototype.all = function (tag) { var out = []; (function walk(n) { n.childNodes.forEach(function (c) {
        if (c.tagName === tag) out.push(c); walk(c); }); })(this); return out; };
      __Node.prototype.querySelector = function (sel) { return this.querySelectorAll(sel)[0] || null; };
      __Node.prototype.querySelectorAll = function (sel) {
        if (sel === 'input[name="q"]') return this.all('input').filter(function (i) { return i.name === 'q'; });
        if (sel === 'form[role="search"]') return this.all('form');
        if (sel === 'main form[role="search"]') return this.all('main').length ? this.all('main')[0].all('form') : [];
        if (sel === '[data-when]') { var w = []; (function walk(n) { n.childNodes.forEach(function (c) {
          if (c.getAttribute && c.getAttribute('data-when') !== null) w.push(c); walk(c); }); })(this); return w; }
        throw new Error('selector ' + sel); };
      var __created = [];
      var document = new __Node('#document');
      document.readyState = 'complete';
      document.createElement = function (t) { var n = new __Node(t); __created.push(t); return n; };
      document.createTextNode = function (t) { var n = new __Node('#text'); n.text = String(t); return n; };
      document.getElementById = function (id) { var f = null; (function walk(n) { n.childNodes.forEach(function (c) {
        if (!f && c.id === id) f = c; walk(c); }); })(this); return f; };
      function URL(rel, base) {
        var m = /^(https?:\\/\\/[^/]+)(\\/[^?#]*)?(\\?[^#]*)?/.exec(rel);
        if (!m) { var b = new URL(base); var dir = b.pathname.replace(/[^/]*$/, '');
          var parts = (dir + rel).split('/'); var out = [];
          parts.forEach(function (p, i) { if (p === '..') out.pop(); else if (p !== '.' && (p || i === 0 || i === parts.length - 1)) out.push(p); });
          m = [null, b.origin, out.join('/'), ''];
        }
        this.origin = m[1]; this.pathname = m[2] || '/'; this.search = m[3] || ''; this.href = this.origin + this.pathname + this.search;
      }
      function URLSearchParams(s) { var self = this; this.list = [];
        (s || '').replace(/^\\?/, '').split('&').filter(Boolean).forEach(function (kv) { var p = kv.split('=');
          self.list.push([decodeURIComponent(p[0]), decodeURIComponent((p[1] || '').replace(/\\+/g, ' '))]); }); }
      URLSearchParams.prototype.get = function (k) { var v = this.getAll(k); return v.length ? v[0] : null; };
      URLSearchParams.prototype.getAll = function (k) { return this.list.filter(function (x) { return x[0] === k; }).map(function (x) { return x[1]; }); };
      URLSearchParams.prototype.set = function (k, v) { this.list = this.list.filter(function (x) { return x[0] !== k; }); this.list.push([k, v]); };
      URLSearchParams.prototype.append = function (k, v) { this.list.push([k, v]); };
      URLSearchParams.prototype.toString = function () { return this.list.map(function (x) {
        return encodeURIComponent(x[0]) + '=' + encodeURIComponent(x[1]); }).join('&'); };
      var __pushed = [];
      var location = { pathname: '/sub/search/', search: '', href: '' };
      var history = { pushState: function (s, t, u) { __pushed.push(u); __go(u); },
        replaceState: function (s, t, u) { __go(u); } };
      function __go(u) { var q = u.indexOf('?'); location.pathname = q < 0 ? u : u.slice(0, q); location.search = q < 0 ? '' : u.slice(q); }
      var window = { addEventListener: function () {} };
      var main = document.appendChild(document.createElement('main'));
      var form = main.appendChild(document.createElement('form'));
      form.setAttribute('role', 'search');
      var input = form.appendChild(document.createElement('input'));
      input.name = 'q';
      var list = main.appendChild(document.createElement('ol'));
      list.id = 'search-results';
      // What templates/search.ftlh gives the UI: the site root and every word it shows.
      var __words = { engine: __base + 'search/engine.js', 'msg-prompt': '请输入要查找的词', 'msg-searching': '正在搜索…',
        'msg-found': '找到 {n} 条结果。', 'msg-partial': '部分匹配：', 'msg-none': '没有找到与“{q}”相关的内容。',
        'msg-error': '搜索暂时不可用', 'msg-more': '显示更多结果', 'msg-count': '{label}（{n}）',
        'facet-type': '类型', 'facet-program': '三大工程', 'facet-year': '年份',
        'type-practice': '实践（主题词）', 'msg-year': '{n} 年度' };
      Object.keys(__words).forEach(function (k) { list.setAttribute('data-' + k, __words[k]); });
      var empty = main.appendChild(document.createElement('div'));
      empty.id = 'search-empty';
      empty.hidden = true;
      [['query', '换一个更短的词。'], ['filtered', '取消筛选条件。'], [null, '或者直接浏览']].forEach(function (w) {
        var li = empty.appendChild(document.createElement('li'));
        if (w[0]) li.setAttribute('data-when', w[0]);
        li.textContent = w[1]; });
      function __page() { return JSON.stringify({
        status: document.getElementById('search-status').textContent,
        items: list.childNodes.map(function (li) { var a = li.childNodes[0];
          return { tag: a.tagName, href: a.href, text: li.textContent, title: a.textContent,
            marks: li.all('mark').map(function (m) { return m.textContent; }) }; }),
        facets: main.all('fieldset').map(function (f) { return f.textContent; }),
        more: !main.all('button')[0].hidden,
        empty: empty.hidden ? [] : empty.all('li').filter(function (li) { return !li.hidden; }).map(function (li) { return li.textContent; }),
        links: main.all('a').map(function (a) { return a.href; }),
        pushed: __pushed, input: input.value, created: __created }); }
      """;

  private Corpus corpus;
  private static Path project;

  @BeforeAll
  static void fixture(@TempDir Path dir) {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      many.append("-- content/practices/p").append(i).append(".md --\n---\ntitle: 志愿服务第").append(i)
          .append("站\ndate: 2019-0").append(1 + i % 9).append("-01\nprogram: ")
          .append(i % 2 == 0 ? "livelihood" : "fortress").append("\n---\n社区志愿服务记录。\n");
    }
    project = TestSite.write(dir, many + """
        -- content/materials/xss.md --
        ---
        title: <img src=x onerror=alert(1)>志愿服务
        date: 2020-05-05
        kind: article
        ---
        正文写着 `<script>alert(1)</script>` 和志愿服务。
        """);
  }

  private String open(String url) {
    corpus = new Corpus(Sites.load(project));
    corpus.js.eval(DOM);
    corpus.js.eval("__go(" + json(url) + ")");
    corpus.js.eval(JsClient.ui());
    return corpus.js.eval("__page()");
  }

  private static String json(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @AfterEach
  void close() {
    if (corpus != null) {
      corpus.close();
    }
  }

  @Test
  void aQueryInTheUrlShowsTenHitsWithLinksHighlightsFacetsAndMore() {
    String page = open("/sub/search/?q=志愿服务");
    assertThat(page).contains("\"status\":\"找到 15 条结果。\"");
    assertThat(page).contains("\"tag\":\"a\",\"href\":\"/sub/practices/p");
    assertThat(page).contains("\"marks\":[\"志愿服务\"");
    assertThat(page).as("the theme names types and years; without a word for a type the index's name stays")
        .contains("实践（主题词）（14）").contains("学习资料（1）").contains("惠民生（7）").contains("2019 年度（14）")
        .contains("\"text\":\"").contains("实践（主题词） · ");
    assertThat(page).contains("\"more\":true");
    assertThat(count(page, "\"tag\":\"a\"")).isEqualTo(10);
    corpus.js.eval("main.all('button')[0].dispatch('click')");
    String more = corpus.js.eval("__page()");
    assertThat(count(more, "\"tag\":\"a\"")).isEqualTo(15);
    assertThat(more).contains("\"more\":false");
  }

  @Test
  void contentIsNeverMarkupTitlesAndSnippetsAreText() {
    String page = open("/sub/search/?q=onerror");
    assertThat(page).contains("<img src=x onerror=alert(1)>志愿服务");
    assertThat(page).doesNotContain("\"img\"").doesNotContain("\"script\"");
    assertThat(EngineScript.source() + JsClient.ui()).doesNotContain("innerHTML").doesNotContain("outerHTML")
        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write");
  }

  @Test
  void choosingAFacetKeepsTheQueryInTheUrlAndFilters() {
    open("/sub/search/?q=志愿服务");
    corpus.js.eval("main.all('input').filter(function (b) { return b.value === 'material'; })[0].checked = true;"
        + "main.all('input').filter(function (b) { return b.value === 'material'; })[0].dispatch('change')");
    String page = corpus.js.eval("__page()");
    assertThat(page).contains("\"pushed\":[\"/sub/search/?q=%E5%BF%97%E6%84%BF%E6%9C%8D%E5%8A%A1&type=material\"]");
    assertThat(page).contains("找到 1 条结果");
    assertThat(count(page, "\"tag\":\"a\"")).isEqualTo(1);
  }

  @Test
  void noHitsShowTheTemplatesTipsAndBrowseLinks() {
    String page = open("/sub/search/?q=qqqq");
    assertThat(page).contains("没有找到与“qqqq”相关的内容")
        .contains("\"empty\":[\"换一个更短的词。\",\"或者直接浏览\"]");
    assertThat(open("/sub/search/?q=qqqq&type=material")).contains("\"empty\":[\"换一个更短的词。\",\"取消筛选条件。\",\"或者直接浏览\"]");
  }

  @Test
  void anEmptyQueryPromptsAndOffersOnlyTheBrowseLinks() {
    String page = open("/sub/search/");
    assertThat(page).contains("\"status\":\"请输入要查找的词\"").contains("\"empty\":[\"或者直接浏览\"]");
  }

  @Test
  void partialMatchesAreAnnounced() {
    assertThat(open("/sub/search/?q=志愿服务 qqqq")).contains("部分匹配");
  }

  @Test
  void theEngineAndTheUiTogetherAreSmallWhenGzipped() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write((EngineScript.source() + JsClient.ui()).getBytes(StandardCharsets.UTF_8));
    }
    // 9.4 KB before query understanding (fillers, folding, pinyin, suggestions: +2.2 KB); the first
    // query, client included, stays far under the 60 KB budget (docs/search.md, bench/search-bench.sh).
    // Format 4 (+0.6 KB: hits in batches as they near the screen, spilled postings) saves far more
    // than that on every query (bench/search-bytes.sh). Format 6 (+0.2 KB: Rice-coded frequencies)
    // takes as much or more off every following query with a common word.
    assertThat(out.size()).isLessThan(13 * 1024 + 512);
  }

  private static int count(String s, String part) {
    return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}

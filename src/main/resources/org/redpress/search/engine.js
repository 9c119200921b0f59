/*
 * redpress search engine, shipped from the jar with the index format it reads (FORMAT below must
 * equal StaticIndexExporter.FORMAT; a test checks it). Analyses the query exactly as the Lucene
 * index was analysed, scores with Lucene 9's BM25 in float arithmetic, and cuts snippets as the
 * Java side does. Specification: docs/search.md. ES2017 at most (WeChat's browser), no DOM, no
 * dependencies; the results UI (the theme's search-ui.js) talks to it only through:
 *
 *   RedpressSearch.open(base)          → Promise of an engine for the site at base (URL ending '/')
 *   engine.search(text, filters)       → Promise of {tokens, partial, total, hits: [{doc, score}], facets,
 *                                         suggestions: [term]} (suggestions only when nothing matched)
 *   engine.hits(result, from, count)   → Promise of [{doc, path, title, titleMarks, type, typeLabel, date,
 *                                         snippet: {text, marks}}]; marks are [start, end) ranges
 */
var RedpressSearch = (function () {
  'use strict';

  /** The index format this engine reads; search/index.json states its own. */
  var FORMAT = 6;

  /** The mask byte of a shard entry whose postings are in a file of their own. */
  var SPILLED = 0xFF;

  // ---- analysis (docs/search.md §1) ----

  var HAN = [0x2E80, 0x2EFF, 0x2F00, 0x2FDF, 0x3005, 0x3005, 0x3007, 0x3007, 0x3021, 0x3029,
    0x3038, 0x303B, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF, 0x20000, 0x2FA1F,
    0x30000, 0x323AF];
  var MAX_ALNUM = 64;

  function fold(cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    else if (cp === 0x3000) cp = 0x20;
    return cp >= 65 && cp <= 90 ? cp + 32 : cp;
  }

  function isHan(cp) {
    for (var i = 0; i < HAN.length; i += 2) {
      if (cp >= HAN[i] && cp <= HAN[i + 1]) return true;
    }
    return false;
  }

  function isAlnum(cp) {
    return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57);
  }

  function width(cp) {
    return cp > 0xFFFF ? 2 : 1;
  }

  /** Tokens {term, start, end, kind}: kind 'a' alnum, 'b' bigram, 'u' unigram. */
  function tokenize(text, unigramsOnly) {
    var out = [];
    var i = 0;
    var n = text.length;
    while (i < n) {
      var cp = fold(text.codePointAt(i));
      if (isHan(cp)) {
        var starts = [];
        while (i < n && isHan(fold(text.codePointAt(i)))) {
          starts.push(i);
          i += width(text.codePointAt(i));
        }
        starts.push(i);
        var count = starts.length - 1;
        var k;
        if (unigramsOnly || count === 1) {
          for (k = 0; k < count; k++) {
            out.push({ term: text.slice(starts[k], starts[k + 1]), start: starts[k], end: starts[k + 1], kind: 'u' });
          }
        } else {
          for (k = 0; k + 1 < count; k++) {
            out.push({ term: text.slice(starts[k], starts[k + 2]), start: starts[k], end: starts[k + 2], kind: 'b' });
          }
        }
      } else if (isAlnum(cp)) {
        var piece = '';
        var from = i;
        while (i < n && isAlnum(fold(text.codePointAt(i)))) {
          piece += String.fromCharCode(fold(text.charCodeAt(i)));
          i++;
          if (piece.length === MAX_ALNUM) {
            if (!unigramsOnly) out.push({ term: piece, start: from, end: i, kind: 'a' });
            piece = '';
            from = i;
          }
        }
        if (piece && !unigramsOnly) out.push({ term: piece, start: from, end: i, kind: 'a' });
      } else {
        i += width(text.codePointAt(i));
      }
    }
    return out;
  }

  function analyze(text) {
    return tokenize(text, false);
  }

  function unigrams(text) {
    return tokenize(text, true);
  }

  /** Distinct query tokens, first occurrence kept, at most max (docs/search.md §3.1). */
  function plan(text, max) {
    var seen = {};
    var out = [];
    analyze(text || '').forEach(function (t) {
      var key = (t.kind === 'u' ? 'u:' : 'm:') + t.term;
      if (out.length < max && !seen[key]) {
        seen[key] = true;
        out.push(t);
      }
    });
    return out;
  }

  // ---- query understanding (docs/search.md §3.1), as QueryText in Java ----

  /** Question and filler words, longest first; simplified only (traditional ones are folded first). */
  var FILLERS = ['我想知道', '请问一下', '怎么样', '为什么', '什么样', '有没有', '有哪些', '是不是', '在哪里', '在哪儿',
    '能不能', '怎么', '怎样', '如何', '什么', '哪里', '哪儿', '哪些', '哪个', '在哪', '多少', '附近',
    '请问', '我想', '我要', '是否', '可以', '的', '吗', '呢', '吧', '啊', '呀', '了', '是'];
  var MAX_PINYIN = 64;
  var SUGGESTIONS = 3;

  /** Traditional characters to simplified, one UTF-16 unit for one. */
  function simplify(text, table) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      out += table.hasOwnProperty(c) ? table[c] : c;
    }
    return out;
  }

  /** Letters only (spaces allowed), or null: a query that might be pinyin. */
  function latinLetters(text) {
    var letters = '';
    for (var i = 0; i < text.length; i++) {
      var c = fold(text.charCodeAt(i));
      if (c >= 97 && c <= 122) letters += String.fromCharCode(c);
      else if (c !== 32) return null;
    }
    return letters.length ? letters : null;
  }

  /** Pinyin letters split wholly into the site's keys (fewest pieces, longest last piece on a tie) → terms. */
  function pinyin(text, py) {
    var letters = latinLetters(text);
    if (letters === null || letters.length > MAX_PINYIN || !py.longest) return text;
    var n = letters.length;
    var INF = 1e9;
    var best = [0];
    var from = [0];
    for (var i = 1; i <= n; i++) best.push(INF), from.push(0);
    for (var end = 1; end <= n; end++) {
      for (var s = Math.max(0, end - py.longest); s < end; s++) {
        if (best[s] !== INF && best[s] + 1 < best[end] && py.map.has(letters.slice(s, end))) {
          best[end] = best[s] + 1;
          from[end] = s;
        }
      }
    }
    if (best[n] === INF) return text;
    var terms = [];
    for (var e2 = n; e2 > 0; e2 = from[e2]) terms.unshift(py.map.get(letters.slice(from[e2], e2)));
    return terms.join(' ');
  }

  /** Filler words become spaces, unless that leaves nothing to search for. */
  function fillers(text) {
    var out = text.split('');
    var i = 0;
    while (i < text.length) {
      var hit = null;
      for (var w = 0; w < FILLERS.length; w++) {
        if (text.startsWith(FILLERS[w], i)) {
          hit = FILLERS[w];
          break;
        }
      }
      if (hit === null) {
        i++;
      } else {
        for (var k = 0; k < hit.length; k++) out[i + k] = ' ';
        i += hit.length;
      }
    }
    var stripped = out.join('');
    return analyze(stripped).length ? stripped : text;
  }

  /** Tags sharing the most distinct Han characters with the query (most used first on a tie). */
  function suggest(rewritten, tags) {
    var chars = {};
    for (var i = 0; i < rewritten.length; i++) {
      if (isHan(rewritten.charCodeAt(i))) chars[rewritten.charAt(i)] = true;
    }
    var ranked = tags.map(function (tag, t) {
      var seen = {};
      var shared = 0;
      for (var j = 0; j < tag.length; j++) {
        var c = tag.charAt(j);
        if (chars[c] && !seen[c]) {
          seen[c] = true;
          shared++;
        }
      }
      return { tag: tag, t: t, shared: shared };
    });
    ranked.sort(function (a, b) { return b.shared - a.shared || a.t - b.t; });
    return ranked.slice(0, SUGGESTIONS).map(function (r) { return r.tag; });
  }

  // ---- Lucene 9 BM25 (docs/search.md §3.5) ----

  var f32 = Math.fround;

  /** SmallFloat.byte4ToInt: the length a one-byte norm stands for. */
  function byte4ToInt(b) {
    if (b < 24) return b;
    var i = b - 24;
    var shift = (i >>> 3) - 1;
    return 24 + (shift === -1 ? (i & 7) : ((i & 7) | 8) * Math.pow(2, shift));
  }

  var LENGTH_TABLE = [];
  for (var li = 0; li < 256; li++) LENGTH_TABLE.push(f32(byte4ToInt(li)));

  function normCache(k1, b, avgdl) {
    var cache = new Float32Array(256);
    for (var i = 0; i < 256; i++) {
      cache[i] = f32(1 / f32(k1 * f32(f32(1 - b) + f32(f32(b * LENGTH_TABLE[i]) / avgdl))));
    }
    return cache;
  }

  function idf(docCount, df) {
    return f32(Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
  }

  // ---- binary reading (docs/search.md §4) ----

  function Reader(bytes) {
    this.b = bytes;
    this.p = 0;
  }
  Reader.prototype.varint = function () {
    var v = 0;
    var m = 1;
    var x;
    do {
      x = this.b[this.p++];
      v += (x & 127) * m;
      m *= 128;
    } while (x & 128);
    return v;
  };
  Reader.prototype.u8 = function () {
    return this.b[this.p++];
  };
  Reader.prototype.str = function () {
    var n = this.varint();
    var parts = [];
    var units = [];
    for (var i = 0; i < n; i++) {
      units.push(this.b[this.p] | (this.b[this.p + 1] << 8));
      this.p += 2;
      if (units.length === 4096) {
        parts.push(String.fromCharCode.apply(null, units));
        units = [];
      }
    }
    parts.push(String.fromCharCode.apply(null, units));
    return parts.join('');
  };

  function fnv1a(s) {
    var h = 0x811C9DC5;
    for (var i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  /** Term → offset of its entry in a shard; entries are skipped, not decoded. */
  function shardIndex(bytes) {
    var r = new Reader(bytes);
    var terms = new Map();
    var count = r.varint();
    for (var i = 0; i < count; i++) {
      var term = r.str();
      var len = r.varint();
      terms.set(term, r.p);
      r.p += len;
    }
    return { bytes: bytes, terms: terms };
  }

  function facetTable(bytes, n) {
    var r = new Reader(bytes);
    var keys = r.varint();
    var out = [];
    for (var k = 0; k < keys; k++) {
      var key = r.str();
      var values = [];
      var count = r.varint();
      for (var v = 0; v < count; v++) values.push({ value: r.str(), label: r.str() });
      var codes = new Uint16Array(n);
      var d = 0;
      if (r.u8() === 0) {
        var runs = r.varint();
        for (var i = 0; i < runs; i++) {
          var code = r.varint();
          var len = r.varint();
          for (var j = 0; j < len; j++) codes[d++] = code;
        }
      } else {
        var bits = r.u8();
        var bit = 0;
        var base = r.p;
        for (d = 0; d < n; d++) {
          var c = 0;
          for (var b2 = 0; b2 < bits; b2++, bit++) {
            if (bytes[base + (bit >>> 3)] & (1 << (bit & 7))) c |= 1 << b2;
          }
          codes[d] = c;
        }
        r.p = base + ((n * bits + 7) >>> 3);
      }
      out.push({ key: key, values: values, codes: codes });
    }
    return out;
  }

  // ---- the engine: fetch, score, facet ----

  function Engine(base, fetchImpl) {
    this.base = base;
    this.fetchImpl = fetchImpl || function (u) { return fetch(u); };
    this.files = {};
    this.bytesFetched = 0;
  }

  Engine.prototype.bytes = function (path) {
    var self = this;
    if (!this.files[path]) {
      this.files[path] = this.fetchImpl(this.base + path).then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status + ' ' + path);
        return res.arrayBuffer();
      }).then(function (buf) {
        self.bytesFetched += buf.byteLength;
        return new Uint8Array(buf);
      });
      // A failed request may succeed later (a flaky network); do not cache the failure.
      this.files[path].catch(function () { delete self.files[path]; });
    }
    return this.files[path];
  };

  Engine.prototype.entry = function () {
    var self = this;
    if (!this.entryP) {
      this.entryP = this.bytes('search/index.json').then(function (b) {
        var e = JSON.parse(String.fromCharCode.apply(null, b));
        if (e.format !== FORMAT) throw new Error('search index format ' + e.format + ', engine ' + FORMAT);
        e.dir = 'search/' + e.gen + '/';
        e.k1f = f32(e.k1);
        e.bf = f32(e.b);
        e.boosts = e.weights.map(f32);
        [e.main, e.uni].forEach(function (g) {
          g.cache = g.docCount.map(function (dc, f) {
            return dc ? normCache(e.k1f, e.bf, f32(g.sumTtf[f] / dc)) : null;
          });
        });
        return e;
      });
      this.entryP.catch(function () { self.entryP = null; });
    }
    return this.entryP;
  };

  Engine.prototype.facets = async function () {
    var e = await this.entry();
    if (!this.facetP) this.facetP = this.bytes(e.dir + 'f.bin').then(function (b) { return facetTable(b, e.docs); });
    return this.facetP;
  };

  /** Norms of field f of a group ('n/' main, 'nu/' unigram), one byte per document, fetched once per visit. */
  Engine.prototype.norms = function (e, dir, f) {
    var self = this;
    var key = 'norm:' + dir + f;
    if (!this.files[key]) {
      this.files[key] = this.bytes(e.dir + dir + f + '.bin').then(function (b) {
        return (self.files[key + '!'] = b);
      });
    }
    return this.files[key];
  };

  /** A part of the query lexicon (q/fold, q/pinyin, q/tags), fetched the first time a query needs it. */
  Engine.prototype.lexicon = function (e, name) {
    var key = 'lex:' + name;
    if (!this.files[key]) {
      this.files[key] = this.bytes(e.dir + 'q/' + name + '.bin').then(function (b) {
        var r = new Reader(b);
        if (name === 'fold') {
          var from = r.str();
          var to = r.str();
          var table = {};
          for (var i = 0; i < from.length; i++) table[from.charAt(i)] = to.charAt(i);
          return table;
        }
        var count = r.varint();
        if (name === 'tags') {
          var tags = [];
          for (var t = 0; t < count; t++) tags.push(r.str());
          return tags;
        }
        var map = new Map();
        for (var p = 0; p < count; p++) map.set(r.str(), r.str());
        return { map: map, longest: e.pinyin };
      });
    }
    return this.files[key];
  };

  /**
   * The rewritten text, its tokens and their shard entries. The fold table is fetched only when
   * a Han token is missing (or the query is cut at maxTokens): otherwise no character of the
   * query is one the table folds, as it only holds characters the site never uses.
   */
  Engine.prototype.understand = async function (e, text) {
    var self = this;
    var py = e.pinyin && latinLetters(text) !== null ? await this.lexicon(e, 'pinyin') : null;
    var attempt = async function (t) {
      var rewritten = fillers(py ? pinyin(t, py) : t);
      var tokens = plan(rewritten, e.maxTokens);
      var found = await Promise.all(tokens.map(function (x) { return self.lookup(e, x); }));
      var missing = analyze(rewritten).length > e.maxTokens;
      found.forEach(function (f, i) { if (!f && tokens[i].kind !== 'a') missing = true; });
      return { rewritten: rewritten, tokens: tokens, found: found, missing: missing };
    };
    var a = await attempt(text);
    if (e.fold && a.missing) a = await attempt(simplify(text, await this.lexicon(e, 'fold')));
    return a;
  };

  /**
   * Keeps the tokens the index has (docs/search.md §3.2): a missing bigram gives its two
   * characters as rank-only unigrams, other missing tokens are dropped; with none left, the
   * rank-only unigrams count instead. → {tokens, found, extra, extraFound}
   */
  Engine.prototype.resolve = async function (e, a) {
    var self = this;
    var tokens = [];
    var found = [];
    var seen = {};
    var key = function (t) { return (t.kind === 'u' ? 'u:' : 'm:') + t.term; };
    a.tokens.forEach(function (t, i) {
      if (a.found[i]) {
        tokens.push(t);
        found.push(a.found[i]);
        seen[key(t)] = true;
      }
    });
    var extra = [];
    var extraFound = [];
    for (var i = 0; i < a.tokens.length; i++) {
      var t = a.tokens[i];
      if (t.kind !== 'b' || a.found[i]) continue;
      var mid = t.start + width(t.term.codePointAt(0));
      var pair = [{ term: t.term.slice(0, mid - t.start), start: t.start, end: mid, kind: 'u' },
        { term: t.term.slice(mid - t.start), start: mid, end: t.end, kind: 'u' }];
      for (var j = 0; j < 2; j++) {
        if (seen[key(pair[j])]) continue;
        var f = await self.lookup(e, pair[j]);
        if (f) {
          seen[key(pair[j])] = true;
          extra.push(pair[j]);
          extraFound.push(f);
        }
      }
    }
    return tokens.length
      ? { tokens: tokens, found: found, extra: extra, extraFound: extraFound, complete: tokens.length === a.tokens.length }
      : { tokens: extra, found: extraFound, extra: [], extraFound: [], complete: a.tokens.length === 0 };
  };

  /**
   * The common-terms table (c.bin): term → number of the file holding its entry, per group
   * (main, unigram). Fetched once, beside the facets; a site without common terms has none.
   */
  Engine.prototype.common = function (e) {
    var self = this;
    if (!e.common) return Promise.resolve({ main: new Map(), uni: new Map() });
    if (!this.files['common']) {
      this.files['common'] = this.bytes(e.dir + 'c.bin').then(function (b) {
        var r = new Reader(b);
        var groups = [];
        for (var g = 0; g < 2; g++) {
          var map = new Map();
          for (var count = r.varint(), i = 0; i < count; i++) map.set(r.str(), r.varint());
          groups.push(map);
        }
        return { main: groups[0], uni: groups[1] };
      });
      this.files['common'].catch(function () { delete self.files['common']; });
    }
    return this.files['common'];
  };

  /**
   * The shard entry of a token: {bytes, at} or null when the index does not have it. A term of
   * the common-terms table goes straight to its own file; any other to its shard, where a common
   * term's entry (SPILLED) names its file too.
   */
  Engine.prototype.lookup = async function (e, token) {
    var uni = token.kind === 'u';
    var common = (await this.common(e))[uni ? 'uni' : 'main'].get(token.term);
    if (common !== undefined) return { bytes: await this.bytes(e.dir + 'p/' + common + '.bin'), at: 0 };
    var group = uni ? e.uni : e.main;
    var path = e.dir + (uni ? 'u/' : 's/') + (fnv1a(token.term) % group.shards) + '.bin';
    var key = 'idx:' + path;
    if (!this.files[key]) this.files[key] = this.bytes(path).then(shardIndex);
    var shard = await this.files[key];
    var at = shard.terms.get(token.term);
    if (at === undefined) return null;
    if (shard.bytes[at] === SPILLED) {
      var r = new Reader(shard.bytes);
      r.p = at + 1;
      return { bytes: await this.bytes(e.dir + 'p/' + r.varint() + '.bin'), at: 0 };
    }
    return { bytes: shard.bytes, at: at };
  };

  /**
   * Scores a query: {tokens, partial, total, hits: [{doc, score}] best first (all of them,
   * filtered), facets: {key: [{value, label, count}]}}.
   */
  Engine.prototype.search = async function (text, filters) {
    var e = await this.entry();
    // The facets and the common-terms table load side by side; the lookups wait for the table.
    var tableP = this.facets();
    tableP.catch(function () {}); // awaited below; a failure surfaces there
    this.common(e);
    var self = this;
    var understood = await this.understand(e, text || '');
    var table = await tableP;
    var plan2 = await this.resolve(e, understood);
    var all = plan2.tokens.concat(plan2.extra);
    var found = plan2.found.concat(plan2.extraFound);
    var counted = plan2.tokens.length;
    var needed = [];
    found.forEach(function (x, t) {
      for (var f = 0; x && f < 4; f++) {
        if (x.bytes[x.at] & (1 << f)) needed.push(self.norms(e, all[t].kind === 'u' ? 'nu/' : 'n/', f));
      }
    });
    await Promise.all(needed);
    var n = e.docs;
    var total = new Float64Array(n);
    var matched = new Uint8Array(n);
    var clause = new Float64Array(n);
    var inClause = new Uint8Array(n);
    var reached = new Uint8Array(n);
    var seen = [];
    var best = 0;
    for (var t = 0; t < all.length; t++) {
      var uni = all[t].kind === 'u';
      var group = uni ? e.uni : e.main;
      var r = new Reader(found[t].bytes);
      r.p = found[t].at;
      var mask = r.u8();
      var docs = [];
      for (var f = 0; f < 4; f++) {
        if (!(mask & (1 << f))) continue;
        var norms = this.files['norm:' + (uni ? 'nu/' : 'n/') + f + '!'];
        var df = r.varint();
        var weight = f32(e.boosts[f] * idf(group.docCount[f], df));
        var cache = group.cache[f];
        var list = postings(r, df, n);
        for (var p = 0; p < df; p++) {
          var doc = list.docs[p];
          if (!inClause[doc]) {
            inClause[doc] = 1;
            docs.push(doc);
          }
          clause[doc] += f32(weight - f32(weight / f32(1 + f32(list.freqs[p] * cache[norms[doc]]))));
        }
      }
      // Each clause is rounded to float once; the clauses are summed in double (docs/search.md §3.5).
      for (var i = 0; i < docs.length; i++) {
        var d = docs[i];
        if (!reached[d]) {
          reached[d] = 1;
          seen.push(d);
        }
        total[d] += f32(clause[d]);
        clause[d] = 0;
        inClause[d] = 0;
        if (t < counted) {
          matched[d]++;
          if (matched[d] > best) best = matched[d];
        }
      }
    }
    var k = counted;
    var need = Math.max(1, Math.min(best, Math.ceil(k / 2)));
    var hits = seen.filter(function (d) { return matched[d] >= need; }).sort(function (a, b) { return a - b; });
    var chosen = choices(table, filters || {});
    var result = [];
    hits.forEach(function (d) {
      if (passes(table, chosen, d, -1)) result.push({ doc: d, score: f32(total[d]), count: matched[d] });
    });
    result.sort(function (a, b) { return b.count - a.count || b.score - a.score || a.doc - b.doc; });
    var suggestions = hits.length || !e.tags ? [] : suggest(understood.rewritten, await this.lexicon(e, 'tags'));
    return { tokens: plan2.tokens, partial: hits.length > 0 && (best < k || !plan2.complete), total: result.length,
      hits: result.map(function (h) { return { doc: h.doc, score: h.score }; }),
      facets: counts(table, chosen, hits), suggestions: suggestions };
  };

  var RICE = 16;

  /** One posting list (docs/search.md §4): deltas or a bitset, then fixed-width or Rice frequency codes. */
  function postings(r, df, n) {
    var docs = new Int32Array(df);
    var freqs = new Int32Array(df);
    var i;
    if (r.u8() === 0) {
      var doc = 0;
      for (i = 0; i < df; i++) {
        doc += r.varint();
        docs[i] = doc;
      }
    } else {
      var k = 0;
      for (i = 0; i < n; i++) {
        if (r.b[r.p + (i >>> 3)] & (1 << (i & 7))) docs[k++] = i;
      }
      r.p += (n + 7) >>> 3;
    }
    // Frequencies: Rice codes (RICE + k: (f - 1) >> k in unary, a zero bit, the k low bits) or
    // codes of a fixed width w, the top code followed by a varint of the excess; bits from the lowest.
    var code = r.u8();
    var at = r.p * 8;
    var next = function () { return r.b[at >>> 3] >> (at++ & 7) & 1; };
    var bits = function (w) { for (var v = 0, j = 0; j < w; j++) v |= next() << j; return v; };
    var rice = code - RICE;
    var top = (1 << code) - 1;
    if (rice >= 0) {
      for (i = 0; i < df; i++) {
        var q = 0;
        while (next()) q++;
        freqs[i] = (q << rice | bits(rice)) + 1;
      }
      r.p = (at + 7) >>> 3;
    } else {
      r.p += (df * code + 7) >>> 3;
      for (i = 0; i < df; i++) {
        var c = bits(code);
        // Width 0: every frequency is 1 (top is 0 and nothing follows).
        freqs[i] = code && c === top ? 1 + top + r.varint() : c + 1;
      }
    }
    return { docs: docs, freqs: freqs };
  }

  /** Per facet, the set of chosen value codes (null: no filter on that facet). */
  function choices(table, filters) {
    return table.map(function (facet) {
      var wanted = filters[facet.key];
      if (!wanted || !wanted.length) return null;
      var set = {};
      facet.values.forEach(function (v, i) {
        if (wanted.indexOf(v.value) >= 0) set[i + 1] = true;
      });
      return set;
    });
  }

  function passes(table, chosen, doc, skip) {
    for (var f = 0; f < table.length; f++) {
      if (f !== skip && chosen[f] && !chosen[f][table[f].codes[doc]]) return false;
    }
    return true;
  }

  /** Disjunctive counts: facet F counts hits passing every other facet's filter. */
  function counts(table, chosen, hits) {
    var out = {};
    table.forEach(function (facet, f) {
      var c = new Array(facet.values.length + 1).fill(0);
      hits.forEach(function (d) {
        if (passes(table, chosen, d, f)) c[facet.codes[d]]++;
      });
      out[facet.key] = [];
      facet.values.forEach(function (v, i) {
        if (c[i + 1] > 0) out[facet.key].push({ value: v.value, label: v.label, count: c[i + 1] });
      });
    });
    return out;
  }

  /** The hit file of a document (docs/search.md §4): path, title, day, snippet text; one request per shown hit. */
  Engine.prototype.doc = async function (doc) {
    var e = await this.entry();
    var r = new Reader(await this.bytes(e.dir + 'd/' + doc + '.bin'));
    return { path: r.str(), title: r.str(), day: r.varint(), text: r.str() };
  };

  /** Path, title, date (YYYY-MM-DD or ''), type key and label of a document. */
  Engine.prototype.meta = async function (doc) {
    var table = await this.facets();
    var m = await this.doc(doc);
    var type = table[0].values[table[0].codes[doc] - 1] || { value: '', label: '' };
    return { doc: doc, path: m.path, title: m.title, type: type.value, typeLabel: type.label,
      date: m.day ? new Date((m.day - 1) * 86400000).toISOString().slice(0, 10) : '' };
  };

  /** The snippet text of a document: summary, a line break, body. */
  Engine.prototype.text = async function (doc) {
    return (await this.doc(doc)).text;
  };

  // ---- snippets and highlights (docs/search.md §5) ----

  var WINDOW = 90;
  var LEAD = 12;

  function foldText(text) {
    var s = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      s += c >= 0xD800 && c <= 0xDFFF ? text.charAt(i) : String.fromCharCode(fold(c));
    }
    return s;
  }

  function alnumAt(s, i) {
    return i >= 0 && i < s.length && isAlnum(s.charCodeAt(i));
  }

  function occurrences(text, tokens) {
    var folded = foldText(text);
    var occ = [];
    tokens.forEach(function (t, ti) {
      for (var at = folded.indexOf(t.term); at >= 0 && occ.length < 1000; at = folded.indexOf(t.term, at + 1)) {
        var end = at + t.term.length;
        // "1" should not light up inside "2018": an alnum token matches whole runs only.
        if (t.kind !== 'a' || (!alnumAt(folded, at - 1) && !alnumAt(folded, end))) {
          occ.push({ start: at, end: end, token: ti });
        }
      }
    });
    occ.sort(function (a, b) { return a.start - b.start || a.end - b.end; });
    return occ;
  }

  function merge(occ, from, to) {
    var out = [];
    occ.forEach(function (o) {
      var s = Math.max(o.start, from);
      var e = Math.min(o.end, to);
      if (s >= e) return;
      var last = out[out.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else out.push([s, e]);
    });
    return out;
  }

  function avoidSplit(text, i) {
    var c = text.charCodeAt(i);
    return i > 0 && i < text.length && c >= 0xDC00 && c <= 0xDFFF && text.charCodeAt(i - 1) >= 0xD800 &&
      text.charCodeAt(i - 1) <= 0xDBFF ? i - 1 : i;
  }

  /** The whole text with its matches: {text, marks: [[start, end]]}. */
  function marks(text, tokens) {
    return { text: text, marks: merge(occurrences(text, tokens), 0, text.length) };
  }

  /** The best window of at most WINDOW units with its matches marked. */
  function snippet(text, tokens) {
    var occ = occurrences(text, tokens);
    var start = 0;
    var best = -1;
    for (var i = 0; i < occ.length; i++) {
      var ws = Math.max(0, occ[i].start - LEAD);
      var covered = {};
      var c = 0;
      for (var j = i; j < occ.length && occ[j].start < ws + WINDOW; j++) {
        if (occ[j].end <= ws + WINDOW && !covered[occ[j].token]) {
          covered[occ[j].token] = true;
          c++;
        }
      }
      if (c > best) {
        best = c;
        start = ws;
      }
    }
    start = avoidSplit(text, start);
    var end = avoidSplit(text, Math.min(text.length, start + WINDOW));
    var prefix = start > 0 ? '…' : '';
    return {
      text: prefix + text.slice(start, end) + (end < text.length ? '…' : ''),
      marks: merge(occ, start, end).map(function (m) {
        return [m[0] - start + prefix.length, m[1] - start + prefix.length];
      })
    };
  }

  /** An engine for the site at base once its entry file is read: the one way in for a page. */
  function open(base, fetchImpl) {
    var engine = new Engine(base, fetchImpl);
    return engine.entry().then(function () { return engine; });
  }

  /**
   * Hits from..from+count of a search result with what a results list shows: path (relative to
   * the site root), title and its marks, type, date (YYYY-MM-DD or ''), and the snippet.
   */
  Engine.prototype.hits = function (result, from, count) {
    var self = this;
    return Promise.all(result.hits.slice(from, from + count).map(function (h) {
      return Promise.all([self.meta(h.doc), self.text(h.doc)]).then(function (it) {
        var m = it[0];
        var title = marks(m.title, result.tokens);
        return { doc: h.doc, score: h.score, path: m.path, title: m.title, titleMarks: title.marks,
          type: m.type, typeLabel: m.typeLabel, date: m.date, snippet: snippet(it[1], result.tokens) };
      });
    }));
  };

  return { FORMAT: FORMAT, open: open, Engine: Engine, analyze: analyze, unigrams: unigrams, plan: plan,
    fillers: fillers, simplify: simplify, pinyin: pinyin, suggest: suggest,
    snippet: snippet, marks: marks, fnv1a: fnv1a, byte4ToInt: byte4ToInt };
})();

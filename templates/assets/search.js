/*
 * redpress search page: the results UI of the theme, free to restyle. It renders the hit list,
 * facets and messages with textContent only (content never becomes markup) and asks the engine
 * (search/engine.js, shipped by the build with the index it reads) for results through
 * RedpressSearch.open(base) → engine.search(q, filters) → engine.hits(result, from, count).
 * Every word it shows comes from templates/search.ftlh: data-msg-* and data-facet-* attributes
 * on #search-results, and the #search-empty block; data-engine there says where the engine is. ES2017 at most (WeChat's browser).
 */
(function () {
  'use strict';

  // Hits come in batches (each hit costs one request): three at first, as a phone shows no
  // more above the fold, then five as the "more" button nears the screen. Without
  // IntersectionObserver, ten at a time on a tap, as before.
  var WATCH = typeof IntersectionObserver === 'function';
  var FIRST = WATCH ? 3 : 10;
  var PAGE = WATCH ? 5 : 10;
  // venueType and area count venues only (the engine lists a value only when a hit has it).
  var FACETS = ['type', 'program', 'year', 'venueType', 'area'];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** A message of the template with {name} placeholders filled in. */
  function say(list, name, values) {
    var text = list.getAttribute('data-msg-' + name) || '';
    return text.replace(/\{(\w+)\}/g, function (all, key) { return values && key in values ? values[key] : all; });
  }

  /** Text with marked ranges, as nodes: content never becomes HTML. */
  function markedNodes(parent, text, marks) {
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] > at) parent.appendChild(document.createTextNode(text.slice(at, m[0])));
      parent.appendChild(el('mark', null, text.slice(m[0], m[1])));
      at = m[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  function emptyFilters() {
    var f = {};
    FACETS.forEach(function (key) { f[key] = []; });
    return f;
  }

  function ui(list, opening, base) {
    var forms = document.querySelectorAll('form[role="search"]');
    var form = document.querySelector('main form[role="search"]') || forms[forms.length - 1];
    var input = form ? form.querySelector('input[name="q"]') : null;
    var empty = document.getElementById('search-empty');
    var status = el('p', 'search-status');
    status.id = 'search-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    // The filters fold into a <details>: open on a wide screen, closed on a phone, where they
    // would push every hit below the first screen; open whenever a filter is chosen.
    var facetBox = el('details', 'search-facets');
    var facetSummary = el('summary');
    var facetSets = el('div', 'search-facet-sets');
    facetBox.appendChild(facetSummary);
    facetBox.appendChild(facetSets);
    facetBox.open = !!(window.matchMedia && window.matchMedia('(min-width: 48em)').matches);
    facetBox.hidden = true;
    var suggestBox = el('p', 'search-suggest');
    suggestBox.hidden = true;
    var more = el('button', 'search-more', say(list, 'more'));
    more.type = 'button';
    more.hidden = true;
    list.parentNode.insertBefore(status, list);
    list.parentNode.insertBefore(suggestBox, list);
    list.parentNode.insertBefore(facetBox, list);
    list.parentNode.insertBefore(more, list.nextSibling);
    list.setAttribute('aria-describedby', 'search-status');
    var run = 0;
    var current = null;
    var shown = 0;
    var loading = null;
    var timer = 0;

    function state() {
      var p = new URLSearchParams(location.search);
      var filters = {};
      FACETS.forEach(function (key) { filters[key] = p.getAll(key); });
      return { q: (p.get('q') || '').trim(), filters: filters };
    }

    function url(s) {
      var p = new URLSearchParams();
      if (s.q) p.set('q', s.q);
      FACETS.forEach(function (key) { s.filters[key].forEach(function (v) { p.append(key, v); }); });
      var qs = p.toString();
      return location.pathname + (qs ? '?' + qs : '');
    }

    function go(s, push) {
      history[push ? 'pushState' : 'replaceState'](null, '', url(s));
      search(s);
    }

    async function search(s) {
      var mine = ++run;
      if (input && document.activeElement !== input) input.value = s.q;
      list.textContent = '';
      more.hidden = true;
      showEmpty(null);
      facetSets.textContent = '';
      facetBox.hidden = true;
      suggestBox.textContent = '';
      suggestBox.hidden = true;
      if (!s.q) {
        status.textContent = say(list, 'prompt');
        showEmpty(s);
        return;
      }
      list.setAttribute('aria-busy', 'true');
      status.textContent = say(list, 'searching');
      try {
        var engine = await opening;
        var r = await engine.search(s.q, s.filters);
        if (mine !== run) return;
        current = { engine: engine, r: r };
        shown = 0;
        renderFacets(s, r);
        if (!r.total) {
          status.textContent = say(list, 'none', { q: s.q });
          renderSuggestions(r.suggestions || []);
          showEmpty(s);
        } else {
          status.textContent = (r.partial ? say(list, 'partial') : '') + say(list, 'found', { n: r.total });
          await showMore(false);
        }
      } catch (err) {
        if (mine === run) status.textContent = say(list, 'error');
      } finally {
        if (mine === run) list.removeAttribute('aria-busy');
      }
    }

    async function showMore(focus) {
      // One batch at a time per search: a tap and the observer must not load the same hits twice.
      if (loading && loading.run === run) return loading.done;
      var mine = { run: run, done: showBatch(focus) };
      loading = mine;
      try {
        await mine.done;
      } finally {
        if (loading === mine) loading = null;
      }
      if (mine.run !== run) return;
      // Still on screen after a batch (a tall screen): the observer will not fire again.
      if (WATCH && !more.hidden && nearScreen()) showMore(false);
    }

    function nearScreen() {
      var box = more.getBoundingClientRect();
      return box.top < (window.innerHeight || document.documentElement.clientHeight) + 200;
    }

    async function showBatch(focus) {
      var mine = run;
      var r = current.r;
      var from = shown;
      var count = from ? PAGE : FIRST;
      shown = Math.min(r.total, shown + count);
      var hits = await current.engine.hits(r, from, count);
      if (mine !== run) return;
      more.hidden = shown >= r.total;
      var first = null;
      hits.forEach(function (h) {
        var li = el('li', 'search-hit');
        var a = el('a');
        a.href = new URL(h.path, base).pathname;
        markedNodes(a, h.title, h.titleMarks);
        var info = el('p', 'search-hit-meta', typeName(h.type, h.typeLabel));
        if (h.date) {
          info.appendChild(document.createTextNode(' · '));
          var time = el('time', null, h.date);
          time.setAttribute('datetime', h.date);
          info.appendChild(time);
        }
        li.appendChild(a);
        li.appendChild(info);
        li.appendChild(markedNodes(el('p', 'search-hit-snippet'), h.snippet.text, h.snippet.marks));
        list.appendChild(li);
        first = first || a;
      });
      if (focus && first) first.focus();
    }

    /** The theme's name of a record type (data-type-KEY), else the index's. */
    function typeName(key, fallback) {
      return list.getAttribute('data-type-' + key) || fallback;
    }

    /** A facet value as the theme words it: types and years from the template, programs, venue types and areas as site.yaml and the records name them. */
    function facetLabel(key, v) {
      if (key === 'type') return typeName(v.value, v.label);
      if (key === 'year' && list.getAttribute('data-msg-year')) return say(list, 'year', { n: v.value });
      return v.label;
    }

    function renderFacets(s, r) {
      FACETS.forEach(function (key) {
        var values = r.facets[key] || [];
        var chosen = s.filters[key];
        chosen.forEach(function (v) {
          if (!values.some(function (x) { return x.value === v; })) values.push({ value: v, label: v, count: 0 });
        });
        if (!values.length) return;
        var set = el('fieldset', 'search-facet');
        set.appendChild(el('legend', null, list.getAttribute('data-facet-' + key.toLowerCase()) || key));
        values.forEach(function (v) {
          var label = el('label');
          var box = el('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = v.value;
          box.checked = chosen.indexOf(v.value) >= 0;
          box.addEventListener('change', function () {
            var next = { q: s.q, filters: {} };
            FACETS.forEach(function (k) { next.filters[k] = s.filters[k].slice(); });
            var vs = next.filters[key];
            if (box.checked) vs.push(v.value);
            else vs.splice(vs.indexOf(v.value), 1);
            go(next, true);
          });
          label.appendChild(box);
          label.appendChild(document.createTextNode(' ' + say(list, 'count', { label: facetLabel(key, v), n: v.count })));
          set.appendChild(label);
        });
        facetSets.appendChild(set);
      });
      var chosen = 0;
      FACETS.forEach(function (key) { chosen += s.filters[key].length; });
      facetSummary.textContent = say(list, 'filters') + (chosen ? say(list, 'filters-chosen', { n: chosen }) : '');
      if (chosen) facetBox.open = true;
      facetBox.hidden = !facetSets.firstChild;
    }

    /** 您是不是要找 …: the site's own terms as links that search for them. */
    function renderSuggestions(terms) {
      if (!terms.length || !list.getAttribute('data-msg-suggest')) return;
      suggestBox.appendChild(document.createTextNode(say(list, 'suggest')));
      terms.forEach(function (term, i) {
        if (i) suggestBox.appendChild(document.createTextNode(say(list, 'suggest-sep')));
        var a = el('a', null, term);
        a.href = url({ q: term, filters: emptyFilters() });
        a.addEventListener('click', function (ev) {
          ev.preventDefault();
          go({ q: term, filters: emptyFilters() }, true);
        });
        suggestBox.appendChild(a);
      });
      suggestBox.hidden = false;
    }

    /** The template's tips and browse links: none (null), all but the hit tips (no query), or fitting ones. */
    function showEmpty(s) {
      if (!empty) return;
      empty.hidden = !s;
      if (!s) return;
      var filtered = FACETS.some(function (key) { return s.filters[key].length; });
      Array.prototype.forEach.call(empty.querySelectorAll('[data-when]'), function (item) {
        var when = item.getAttribute('data-when');
        item.hidden = !s.q || (when === 'filtered' && !filtered);
      });
    }

    more.addEventListener('click', function () { showMore(true); });
    if (WATCH) {
      new IntersectionObserver(function (entries) {
        if (entries.some(function (x) { return x.isIntersecting; }) && current && !more.hidden) showMore(false);
      }, { rootMargin: '0px 0px 200px 0px' }).observe(more);
    }
    if (form && input) {
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        var s = state();
        go({ q: input.value.trim(), filters: s.q === input.value.trim() ? s.filters : emptyFilters() }, true);
      });
      input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var q = input.value.trim();
          if (q !== state().q) go({ q: q, filters: emptyFilters() }, false);
        }, 250);
      });
    }
    window.addEventListener('popstate', function () { search(state()); });
    search(state());
  }

  /**
   * The engine, loaded by this script rather than by a tag of the page: the preview server writes
   * search/ after the pages, and its link check must not see the engine missing meanwhile.
   */
  function loadEngine(src) {
    return new Promise(function (resolve, reject) {
      if (typeof RedpressSearch !== 'undefined') return resolve(RedpressSearch);
      var tag = document.createElement('script');
      tag.src = src;
      tag.addEventListener('load', function () { resolve(RedpressSearch); });
      tag.addEventListener('error', function () { reject(new Error('search engine did not load')); });
      document.head.appendChild(tag);
    });
  }

  function start() {
    var list = document.getElementById('search-results');
    if (!list) return;
    var engine = new URL(list.getAttribute('data-engine') || '/search/engine.js', location.href).href;
    // The engine lives in search/ of the site, so the site root is one level up.
    var base = new URL('../', engine).href;
    var opening = loadEngine(engine).then(function (api) { return api.open(base); });
    // An unhandled rejection would be logged before the first search reports it on the page.
    opening.catch(function () {});
    ui(list, opening, base);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

/* 大字版 switch. Loaded in <head> without defer, so the remembered choice is applied before the
   first paint; the button is wired once the page is parsed. No inline script: a strict CSP holds. */
(function () {
  'use strict';
  var KEY = 'redpress.largeText';
  var CLASS = 'large-text';
  var root = document.documentElement;
  root.className += (root.className ? ' ' : '') + 'js';

  function remembered() {
    try { return window.localStorage.getItem(KEY) === '1'; } catch (e) { return false; }
  }
  function remember(on) {
    try { window.localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* private mode: not kept */ }
  }
  function set(on) {
    if (on) { root.classList.add(CLASS); } else { root.classList.remove(CLASS); }
  }

  set(remembered());

  function wire() {
    var button = document.getElementById('large-toggle');
    if (!button) { return; }
    button.hidden = false;
    button.setAttribute('aria-pressed', String(root.classList.contains(CLASS)));
    button.addEventListener('click', function () {
      var on = !root.classList.contains(CLASS);
      set(on);
      remember(on);
      button.setAttribute('aria-pressed', String(on));
    });
  }

  /*
   * Videos on a platform: the page shows a link to the player, and asks the platform for
   * nothing until the reader taps it; then the player takes the link's place, in a frame that may
   * run its own script but not open windows, navigate this page or learn more than our origin.
   */
  function player(box) {
    var frame = document.createElement('iframe');
    frame.className = 'video-embed-frame';
    frame.src = box.getAttribute('data-embed-src');
    frame.title = box.getAttribute('data-embed-title') || '';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
    frame.setAttribute('referrerpolicy', 'strict-origin');
    frame.setAttribute('allow', 'fullscreen');
    frame.setAttribute('allowfullscreen', '');
    return frame;
  }

  function wireVideos() {
    var boxes = document.querySelectorAll('.video-embed[data-embed-src]');
    Array.prototype.forEach.call(boxes, function (box) {
      var link = box.querySelector('a');
      if (!link) { return; }
      link.addEventListener('click', function (event) {
        // A new-tab gesture keeps its meaning: open the player's own page.
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
        event.preventDefault();
        var frame = player(box);
        box.replaceChild(frame, link);
        box.className += ' video-embed-loaded';
        frame.focus();
      });
    });
  }

  function ready() {
    wire();
    wireVideos();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();

/* Learning progress without an account: the lessons marked 学完了 are kept in localStorage under
   redpress.learned as {"<series>": ["<lesson id>", …]}. Pages print the button and the 继续学习
   card hidden; this only shows them, so without JavaScript nothing is blank and nothing moves. */
(function () {
  'use strict';
  var KEY = 'redpress.learned';

  function load() {
    try {
      var v = JSON.parse(window.localStorage.getItem(KEY) || '{}');
      return v && typeof v === 'object' ? v : {};
    } catch (e) { return {}; }
  }
  function save(all) {
    try { window.localStorage.setItem(KEY, JSON.stringify(all)); return true; } catch (e) { return false; }
  }
  function learned(series) {
    var list = load()[series];
    return Object.prototype.toString.call(list) === '[object Array]' ? list : [];
  }
  function setLearned(series, id, on) {
    var all = load();
    var list = learned(series).filter(function (x) { return x !== id; });
    if (on) { list.push(id); }
    all[series] = list;
    return save(all);
  }
  function fill(text, a, b) {
    return text.replace('{0}', a).replace('{1}', b);
  }

  function wireButton(box) {
    var series = box.getAttribute('data-series');
    var id = box.getAttribute('data-lesson');
    var button = box.querySelector('button');
    function show(on) {
      button.setAttribute('aria-pressed', String(on));
      button.textContent = box.getAttribute(on ? 'data-msg-marked' : 'data-msg-mark');
    }
    show(learned(series).indexOf(id) >= 0);
    button.addEventListener('click', function () {
      var on = learned(series).indexOf(id) < 0;
      if (setLearned(series, id, on)) { show(on); }
    });
    box.hidden = false;
  }

  function wireCard(card) {
    var series = card.getAttribute('data-series');
    var done = learned(series);
    var links = card.querySelectorAll('[data-lesson]');
    var count = 0;
    var next = null;
    for (var i = 0; i < links.length; i++) {
      if (done.indexOf(links[i].getAttribute('data-lesson')) >= 0) { count++; } else if (!next) { next = links[i]; }
    }
    if (count === 0) { return; }
    card.querySelector('[data-role=count]').textContent = fill(card.getAttribute('data-msg-count'), count, links.length);
    card.querySelector('[data-role=bar]').style.width = Math.round(100 * count / links.length) + '%';
    var a = card.querySelector('[data-role=next]');
    if (next) {
      a.setAttribute('href', next.getAttribute('href'));
      a.textContent = fill(card.getAttribute('data-msg-next'), next.getAttribute('data-number'), next.textContent);
    } else {
      a.setAttribute('href', links[0].getAttribute('href'));
      a.textContent = card.getAttribute('data-msg-finished');
    }
    card.hidden = false;
  }

  function markList(list) {
    var done = learned(list.getAttribute('data-series'));
    var items = list.querySelectorAll('li[data-lesson]');
    for (var i = 0; i < items.length; i++) {
      if (done.indexOf(items[i].getAttribute('data-lesson')) >= 0) {
        items[i].className += ' is-learned';
        var mark = document.createElement('span');
        mark.className = 'learned-mark';
        mark.textContent = list.getAttribute('data-msg-learned');
        items[i].querySelector('.lesson-number').appendChild(mark);
      }
    }
  }

  function wire() {
    var i;
    var boxes = document.querySelectorAll('.learned-box[data-lesson]');
    for (i = 0; i < boxes.length; i++) { wireButton(boxes[i]); }
    var cards = document.querySelectorAll('.continue-card[data-series]');
    for (i = 0; i < cards.length; i++) { wireCard(cards[i]); }
    var lists = document.querySelectorAll('ol.lessons[data-series]');
    for (i = 0; i < lists.length; i++) { markList(lists[i]); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();

/* 朗读: reads #read-target with the browser's speech synthesis, a paragraph at a time (long
   utterances stop early in some engines). The controls stay hidden where there is no speech
   synthesis or no Chinese voice — Android's WebView, and so probably WeChat there, has none. */
(function () {
  'use strict';
  var synth = window.speechSynthesis;
  if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') { return; }

  function chineseVoice() {
    var voices = synth.getVoices() || [];
    var best = null;
    for (var i = 0; i < voices.length; i++) {
      var lang = String(voices[i].lang || '').toLowerCase().replace('_', '-');
      if (lang === 'zh-cn') { return voices[i]; }
      if (!best && (lang.indexOf('zh') === 0 || lang.indexOf('cmn') === 0)) { best = voices[i]; }
    }
    return best;
  }

  function wire(box) {
    var target = document.getElementById('read-target');
    if (!target) { return; }
    var play = box.querySelector('[data-role=play]');
    var stop = box.querySelector('[data-role=stop]');
    var rate = box.querySelector('[data-role=rate]');
    var parts = [];
    var index = 0;
    var state = 'idle';
    var blocks = target.querySelectorAll('h2, h3, h4, p, li, td, th, blockquote');
    for (var i = 0; i < blocks.length; i++) {
      var text = blocks[i].textContent.replace(/\s+/g, ' ').trim();
      if (text && !blocks[i].querySelector('p, li')) { parts.push(text); }
    }
    if (!parts.length) { parts.push(target.textContent.replace(/\s+/g, ' ').trim()); }

    function label() {
      play.textContent = box.getAttribute(state === 'speaking' ? 'data-msg-pause'
        : state === 'paused' ? 'data-msg-resume' : 'data-msg-play');
      play.setAttribute('aria-pressed', String(state === 'speaking'));
      stop.hidden = state === 'idle';
    }
    function speak() {
      if (index >= parts.length) { state = 'idle'; index = 0; label(); return; }
      var u = new window.SpeechSynthesisUtterance(parts[index]);
      var voice = chineseVoice();
      // The lang alone picks a Chinese voice where assigning one is refused.
      try { if (voice) { u.voice = voice; } } catch (e) { /* keep lang */ }
      u.lang = box.getAttribute('data-lang');
      u.rate = parseFloat(rate.value) || 1;
      u.onend = function () {
        if (state === 'speaking' && u === current) { index++; speak(); }
      };
      current = u;
      synth.speak(u);
    }
    var current = null;
    play.addEventListener('click', function () {
      if (state === 'speaking') { synth.pause(); state = 'paused'; }
      else if (state === 'paused') { synth.resume(); state = 'speaking'; }
      else { synth.cancel(); state = 'speaking'; speak(); }
      label();
    });
    stop.addEventListener('click', function () {
      state = 'idle'; current = null; index = 0; synth.cancel(); label();
    });
    rate.addEventListener('change', function () {
      if (state === 'speaking') { current = null; synth.cancel(); speak(); }
    });
    window.addEventListener('pagehide', function () { synth.cancel(); });
    box.hidden = false;
  }

  function start() {
    var boxes = document.querySelectorAll('.read-aloud');
    if (!boxes.length) { return; }
    function tryShow() {
      if (!chineseVoice()) { return false; }
      for (var i = 0; i < boxes.length; i++) { if (boxes[i].hidden) { wire(boxes[i]); } }
      return true;
    }
    if (!tryShow() && synth.addEventListener) {
      // Voices load asynchronously in Chromium: the list is empty until voiceschanged.
      synth.addEventListener('voiceschanged', function once() {
        if (tryShow()) { synth.removeEventListener('voiceschanged', once); }
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

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

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();

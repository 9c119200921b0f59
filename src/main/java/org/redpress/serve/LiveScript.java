package org.redpress.serve;

import java.nio.charset.StandardCharsets;

/**
 * The browser side of live reload, served at {@code __redpress/live.js} and never written into
 * {@code site/}. It listens to {@code events} next to itself; on {@code reload} it reloads the
 * page when the event says every page reloads (the preview's rebuilds always do: no page is
 * rendered before the reload) or names its URL, and always on the waiting page, otherwise it only
 * removes the overlay; on {@code search} (a new
 * search index is served) the search page reloads; on {@code error} it shows the
 * overlay, built with {@code textContent} so no diagnostic text can become markup. Styles are set
 * through the DOM, which the theme's Content-Security-Policy allows (inline styles it does not).
 */
final class LiveScript {

  static final String SOURCE = """
      (function () {
        'use strict';
        var ID = 'redpress-overlay';
        var me = document.currentScript;
        var base = me && me.src ? me.src.replace(/live\\.js(\\?.*)?$/, '') : '/__redpress/';
        var waiting = !!document.querySelector('meta[name="redpress-waiting"]');

        function here() {
          var p = location.pathname;
          try { p = decodeURI(p); } catch (e) { /* keep it encoded */ }
          return p.replace(/index\\.html$/, '');
        }

        function style(box) {
          var s = box.style;
          s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.zIndex = '2147483647';
          s.maxHeight = '60vh'; s.overflow = 'auto'; s.margin = '0'; s.padding = '1em 1.25em';
          s.background = '#fff8f6'; s.color = '#1a1a1a'; s.borderTop = '4px solid #b71c1c';
          s.boxShadow = '0 -4px 16px rgba(0,0,0,.25)'; s.font = '16px/1.6 system-ui, sans-serif';
          var h = box.querySelector('h2');
          if (h) { h.style.margin = '0 0 .5em'; h.style.fontSize = '1.1em'; h.style.color = '#b71c1c'; }
          var codes = box.querySelectorAll('code');
          for (var i = 0; i < codes.length; i++) {
            codes[i].style.font = '15px/1.6 ui-monospace, monospace'; codes[i].style.fontWeight = 'bold';
          }
        }

        function clear() {
          var old = document.getElementById(ID);
          if (old) { old.parentNode.removeChild(old); }
        }

        function show(data) {
          clear();
          var box = document.createElement('aside');
          box.id = ID;
          box.setAttribute('role', 'alert');
          var h = document.createElement('h2');
          h.textContent = data.title;
          box.appendChild(h);
          var list = document.createElement('ol');
          (data.diagnostics || []).forEach(function (d) {
            var li = document.createElement('li');
            var code = document.createElement('code');
            code.textContent = d.location;
            li.appendChild(code);
            li.appendChild(document.createTextNode(' ' + d.severity + ' ' + d.code + ' ' + d.message));
            list.appendChild(li);
          });
          box.appendChild(list);
          document.body.appendChild(box);
          style(box);
        }

        var served = document.getElementById(ID);
        if (served) { style(served); }
        if (typeof EventSource === 'undefined') { return; }
        var events = new EventSource(base + 'events');
        events.addEventListener('reload', function (e) {
          var data = JSON.parse(e.data);
          if (waiting || data.all || data.paths.indexOf(here()) >= 0) {
            location.reload();
          } else {
            clear();
          }
        });
        // A new search index is served: the search page shows its results again.
        events.addEventListener('search', function (e) {
          if (JSON.parse(e.data).paths.indexOf(here()) >= 0) { location.reload(); }
        });
        // The name is shared with EventSource's own connection errors, which carry no data.
        events.addEventListener('error', function (e) {
          if (typeof e.data === 'string') { show(JSON.parse(e.data)); }
        });
      })();
      """;

  static final byte[] BYTES = SOURCE.getBytes(StandardCharsets.UTF_8);

  private LiveScript() {}
}

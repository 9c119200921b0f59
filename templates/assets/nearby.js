/* 离我最近 on the venues list. Nothing happens before the resident taps the button: then the
   browser's Geolocation (WGS-84) gives the position, which never leaves the phone; each card's
   coordinate is converted from its datum (GCJ-02, BD-09 or WGS-84) to WGS-84 with the same
   formulas as org.redpress.geo.DatumConverter, and the cards are listed by distance. The type
   filter and 现在开放 (Asia/Shanghai time, from each card's data-hours) work with or without a
   position. ECMAScript 5 with no third-party request; the pure functions are exported as
   RedpressNearby for the tests. */
(function (global) {
  'use strict';

  var A = 6378245.0;
  var EE = 0.00669342162296594323;
  var X_PI = Math.PI * 3000.0 / 180.0;
  var EARTH_RADIUS_M = 6371008.8;
  var WALK_METRES_PER_MINUTE = 75.0;
  var SHANGHAI_OFFSET_MS = 8 * 3600 * 1000; // China keeps UTC+8 all year

  function transformLat(x, y) {
    var r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }

  function transformLng(x, y) {
    var r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }

  /** [lat, lng] in GCJ-02 of a WGS-84 point. */
  function wgsToGcj(lat, lng) {
    var dLat = transformLat(lng - 105.0, lat - 35.0);
    var dLng = transformLng(lng - 105.0, lat - 35.0);
    var rad = lat / 180.0 * Math.PI;
    var magic = 1 - EE * Math.sin(rad) * Math.sin(rad);
    var sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(rad) * Math.PI);
    return [lat + dLat, lng + dLng];
  }

  /** [lat, lng] in WGS-84 of a GCJ-02 point, by iteration (sub-centimetre). */
  function gcjToWgs(lat, lng) {
    var wLat = lat;
    var wLng = lng;
    for (var i = 0; i < 30; i++) {
      var f = wgsToGcj(wLat, wLng);
      var stepLat = f[0] - lat;
      var stepLng = f[1] - lng;
      wLat -= stepLat;
      wLng -= stepLng;
      if (Math.abs(stepLat) < 1e-10 && Math.abs(stepLng) < 1e-10) { break; }
    }
    return [wLat, wLng];
  }

  function gcjToBd(lat, lng) {
    var z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
    var theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
    return [z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065];
  }

  function bdToGcj(lat, lng) {
    var x = lng - 0.0065;
    var y = lat - 0.006;
    var z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
    var theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
    return [z * Math.sin(theta), z * Math.cos(theta)];
  }

  /** [lat, lng] in WGS-84 of a point written in datum (gcj02, bd09 or wgs84). */
  function toWgs(lat, lng, datum) {
    if (datum === 'gcj02') { return gcjToWgs(lat, lng); }
    if (datum === 'bd09') { var g = bdToGcj(lat, lng); return gcjToWgs(g[0], g[1]); }
    return [lat, lng];
  }

  /** Great-circle metres between two WGS-84 points. */
  function metres(lat1, lng1, lat2, lng2) {
    var r = Math.PI / 180;
    var dLat = (lat2 - lat1) * r;
    var dLng = (lng2 - lng1) * r;
    var h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
      + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  function fill(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(values[+i]); });
  }

  /** "约 600 米 · 步行约 8 分钟": metres to the nearest 50 (at least 50), km with one decimal from 1 km. */
  function distanceText(m, msgs) {
    var minutes = Math.max(1, Math.ceil(m / WALK_METRES_PER_MINUTE));
    if (m < 950) {
      return fill(msgs.distance, [Math.max(50, Math.round(m / 50) * 50), minutes]);
    }
    return fill(msgs.distanceKm, [(Math.round(m / 100) / 10).toFixed(1), minutes]);
  }

  /** Whether hours (the JSON of data-hours) say open at the instant epochMs, in Asia/Shanghai time;
      null when the hours do not say (no data for that day). */
  function isOpen(hours, epochMs) {
    var local = new Date(epochMs + SHANGHAI_OFFSET_MS);
    var iso = local.toISOString().slice(0, 10);
    var day = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
    var minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    var periods = Object.prototype.hasOwnProperty.call(hours.x, iso) ? hours.x[iso]
      : (Object.prototype.hasOwnProperty.call(hours.w, String(day)) ? hours.w[String(day)] : null);
    if (periods === null) { return null; }
    for (var i = 0; i < periods.length; i++) {
      if (minute >= periods[i][0] && minute < periods[i][1]) { return true; }
    }
    return false;
  }

  global.RedpressNearby = {
    wgsToGcj: wgsToGcj, gcjToWgs: gcjToWgs, gcjToBd: gcjToBd, bdToGcj: bdToGcj, toWgs: toWgs,
    metres: metres, distanceText: distanceText, isOpen: isOpen
  };

  if (typeof document === 'undefined') { return; }

  function wire() {
    var box = document.getElementById('nearby');
    var groups = document.getElementById('venue-groups');
    if (!box || !groups) { return; }
    var msgs = {
      distance: box.getAttribute('data-msg-distance'),
      distanceKm: box.getAttribute('data-msg-distance-km'),
      locating: box.getAttribute('data-msg-locating'),
      refused: box.getAttribute('data-msg-refused'),
      unsupported: box.getAttribute('data-msg-unsupported'),
      noLocation: box.getAttribute('data-msg-no-location'),
      open: box.getAttribute('data-msg-open'),
      noneOpen: box.getAttribute('data-msg-none-open')
    };
    var button = document.getElementById('nearby-button');
    var typeSelect = document.getElementById('nearby-type');
    var openBox = document.getElementById('nearby-open');
    var status = document.getElementById('nearby-status');
    var list = document.getElementById('nearby-list');
    var cards = Array.prototype.slice.call(groups.querySelectorAll('.venue-card'));
    var sorted = null;

    function hoursOf(card) {
      var json = card.getAttribute('data-hours');
      if (!json) { return null; }
      try { return JSON.parse(json); } catch (e) { return null; }
    }

    function openNow(card) {
      var hours = hoursOf(card);
      return hours !== null && isOpen(hours, Date.now()) === true;
    }

    /** Shows what the filters allow, in the sorted list when there is one, else in the groups. */
    function apply() {
      var type = typeSelect.value;
      var onlyOpen = openBox.checked;
      var shown = 0;
      var pool = sorted ? Array.prototype.slice.call(list.children) : cards;
      pool.forEach(function (card) {
        var open = openNow(card);
        var badge = card.querySelector('.open-badge');
        if (badge) { badge.hidden = !open; }
        var visible = (!type || card.getAttribute('data-type') === type) && (!onlyOpen || open);
        card.hidden = !visible;
        if (visible) { shown++; }
      });
      if (!sorted) {
        Array.prototype.forEach.call(groups.querySelectorAll('.venue-type'), function (g) {
          g.hidden = !g.querySelector('.venue-card:not([hidden])');
        });
        Array.prototype.forEach.call(groups.querySelectorAll('.venue-area'), function (h) {
          var ul = h.nextElementSibling;
          var any = ul && ul.querySelector('.venue-card:not([hidden])');
          h.hidden = !any;
          if (ul) { ul.hidden = !any; }
        });
      }
      if (onlyOpen && shown === 0) { status.textContent = msgs.noneOpen; }
      else if (status.textContent === msgs.noneOpen) { status.textContent = ''; }
    }

    function addBadges(card) {
      var meta = card.querySelector('.card-meta');
      if (meta && !meta.querySelector('.open-badge')) {
        var badge = document.createElement('span');
        badge.className = 'label open-badge';
        badge.textContent = msgs.open;
        badge.hidden = true;
        meta.appendChild(document.createTextNode(' '));
        meta.appendChild(badge);
      }
    }

    function showSorted(lat, lng) {
      var entries = cards.map(function (card, index) {
        var vLat = parseFloat(card.getAttribute('data-lat'));
        var vLng = parseFloat(card.getAttribute('data-lng'));
        var m = null;
        if (!isNaN(vLat) && !isNaN(vLng)) {
          var w = toWgs(vLat, vLng, card.getAttribute('data-datum'));
          m = metres(lat, lng, w[0], w[1]);
        }
        return { card: card, m: m, index: index };
      });
      entries.sort(function (a, b) {
        if (a.m === null || b.m === null) { return a.m === null ? (b.m === null ? a.index - b.index : 1) : -1; }
        return a.m - b.m || a.index - b.index;
      });
      while (list.firstChild) { list.removeChild(list.firstChild); }
      entries.forEach(function (e) {
        var copy = e.card.cloneNode(true);
        var line = copy.querySelector('.venue-distance');
        line.textContent = e.m === null ? msgs.noLocation : distanceText(e.m, msgs);
        if (e.m === null) { line.className += ' muted'; }
        line.hidden = false;
        list.appendChild(copy);
      });
      sorted = entries;
      list.hidden = false;
      groups.hidden = true;
      status.textContent = '';
      apply();
      var first = list.querySelector('.venue-card:not([hidden]) a');
      if (first) { first.focus(); }
    }

    cards.forEach(addBadges);
    box.hidden = false;
    typeSelect.addEventListener('change', apply);
    openBox.addEventListener('change', apply);
    button.addEventListener('click', function () {
      if (!navigator.geolocation) { status.textContent = msgs.unsupported; return; }
      status.textContent = msgs.locating;
      navigator.geolocation.getCurrentPosition(function (pos) {
        showSorted(pos.coords.latitude, pos.coords.longitude);
      }, function () {
        status.textContent = msgs.refused;
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
    apply();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})(this);

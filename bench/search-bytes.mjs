// The browser half of bench/search-bytes.sh (not a test): serves a built site over HTTP with
// gzip as the README's nginx does (x.gz written by --precompress when there is one, else gzip on
// the fly for text types), drives Debian's headless Chromium over the DevTools protocol, types
// each query into the search page's real box and adds up encodedDataLength of
// Network.loadingFinished (bytes on the wire: gzipped body plus HTTP response headers).
//   first     = a fresh browser profile loads /search/, then the query is typed. Counted: the
//               search client (assets/search.*.js and search/engine.js), everything else under
//               search/ (index.json, shards), and every request made after typing, until the
//               result message shows and the network is quiet. Not counted: the page's own HTML,
//               CSS, theme script and icons, which every page of the site loads.
//   following = another fresh profile loads /search/, searches WARMUP and waits, then the
//               query replaces it in the box; counted: every request made after that.
// Usage: node --experimental-websocket bench/search-bytes.mjs SITE_DIR
//   (Node >= 22 has WebSocket without the flag; REDPRESS_CHROMIUM overrides /usr/bin/chromium)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const QUERIES = [
  ['two-character word', '帮扶'],
  ['very common word', '党建'],
  ['four-character phrase', '志愿服务'],
  ['two-word query', '乡村振兴 网格治理'],
  ['matches nothing', '量子隧穿效应'],
];
const WARMUP = '书记项目';
const BUDGET = { first: 60 * 1024, following: 15 * 1024 };
const QUIET_MS = 800;

const site = path.resolve(process.argv[2] || 'site');
if (!fs.existsSync(path.join(site, 'search', 'index.html'))) {
  console.error(`no search page under ${site}: usage: node --experimental-websocket bench/search-bytes.mjs SITE_DIR`);
  process.exit(2);
}
if (typeof WebSocket === 'undefined') {
  console.error('this Node has no WebSocket: run with --experimental-websocket (Node 21) or use Node >= 22');
  process.exit(2);
}

// ---- the host: gzip_static + gzip for text types, as in the README's nginx example ----
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'application/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2' };
const GZIP_TYPES = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;
// Body bytes sent per request path, to tell the bodies from the HTTP headers on the wire.
const served = new Map();
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = path.join(site, path.normalize(rel));
  if (!file.startsWith(site)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!fs.existsSync(file)) { status = 404; file = path.join(site, '404.html'); }
  const type = TYPES[path.extname(file)] || 'application/octet-stream';
  const stat = fs.statSync(file);
  // Cache-Control as the README's nginx sends it: without it the browser revalidates the page's
  // icon each time a query changes the address, and that request would count as the query's.
  const headers = { 'Content-Type': type, 'Last-Modified': stat.mtime.toUTCString(), 'Vary': 'Accept-Encoding',
    'Cache-Control': rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300' };
  let body;
  if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && fs.existsSync(file + '.gz')) {
    body = fs.readFileSync(file + '.gz'); headers['Content-Encoding'] = 'gzip';
  } else if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && GZIP_TYPES.test(type)) {
    body = zlib.gzipSync(fs.readFileSync(file), { level: 6 }); headers['Content-Encoding'] = 'gzip';
  } else {
    body = fs.readFileSync(file);
  }
  headers["Content-Length"] = body.length;
  served.set(req.url, body.length);
  res.writeHead(status, headers).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- the browser ----
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'redpress-bytes-'));
const chromium = spawn(process.env.REDPRESS_CHROMIUM || '/usr/bin/chromium', ['--headless', '--no-sandbox',
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-dev-shm-usage', `--user-data-dir=${profile}`, '--remote-debugging-address=127.0.0.1',
  '--remote-debugging-port=0', 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let endpoint;
for (let i = 0; i < 600 && !endpoint; i++) {
  const f = path.join(profile, 'DevToolsActivePort');
  if (fs.existsSync(f)) {
    const [port, p] = fs.readFileSync(f, 'utf8').split('\n');
    if (p) endpoint = `ws://127.0.0.1:${port.trim()}${p.trim()}`;
  }
  if (!endpoint) await sleep(50);
}
if (!endpoint) throw new Error('Chromium did not open DevTools');
const ws = new WebSocket(endpoint);
await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
let ids = 0;
const replies = new Map();
const listeners = new Set();
ws.onmessage = (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id) { const r = replies.get(msg.id); replies.delete(msg.id); msg.error ? r.j(new Error(JSON.stringify(msg.error))) : r.r(msg.result); return; }
  for (const l of listeners) l(msg);
};
const call = (method, params = {}, sessionId) => new Promise((r, j) => {
  const id = ++ids; replies.set(id, { r, j });
  ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
});

/** A tab in its own browser context (an empty cache), whose requests are logged with the phase they start in. */
async function tab() {
  const { browserContextId } = await call('Target.createBrowserContext', {});
  const { targetId } = await call('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await call('Target.attachToTarget', { targetId, flatten: true });
  const t = { sessionId, browserContextId, phase: 'page', requests: new Map(), inflight: 0, last: Date.now(), loaded: false };
  listeners.add((msg) => {
    if (msg.sessionId !== sessionId) return;
    const p = msg.params;
    if (msg.method === 'Network.requestWillBeSent') {
      if (!t.requests.has(p.requestId)) { t.inflight++; }
      t.requests.set(p.requestId, { url: p.request.url, phase: t.phase, bytes: 0, done: false });
      t.last = Date.now();
    } else if (msg.method === 'Network.loadingFinished' || msg.method === 'Network.loadingFailed') {
      const r = t.requests.get(p.requestId);
      if (r && !r.done) { r.done = true; r.bytes = p.encodedDataLength || 0; const u = new URL(r.url); r.body = r.bytes > 0 && u.origin === origin ? served.get(u.pathname + u.search) || 0 : 0; r.failed = msg.method === 'Network.loadingFailed'; t.inflight--; }
      t.last = Date.now();
    } else if (msg.method === 'Page.loadEventFired') {
      t.loaded = true;
    }
  });
  t.call = (m, p) => call(m, p, sessionId);
  t.eval = async (expr) => (await t.call('Runtime.evaluate', { expression: expr, awaitPromise: true, returnByValue: true })).result.value;
  await t.call('Network.enable');
  await t.call('Page.enable');
  await t.call('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 1, mobile: true });
  return t;
}

async function quiet(t, until) {
  const start = Date.now();
  for (;;) {
    if (Date.now() - start > 60000) throw new Error('the page did not settle in 60 s');
    if (t.inflight === 0 && Date.now() - t.last >= QUIET_MS && (!until || await t.eval(until))) return;
    await sleep(50);
  }
}

const MESSAGE = "(document.querySelector('main').innerText.match(/找到 [0-9,]+ 条结果|没有找到与“[^”]*”相关的内容|部分匹配/) || [''])[0]";

async function open() {
  const t = await tab();
  await t.call('Page.navigate', { url: `${origin}/search/` });
  await quiet(t, 'document.readyState === "complete"');
  t.phase = 'ready';
  return t;
}

/** Types {@code q} into the page's box (replacing what is there) and waits for the answer to show. */
async function type(t, q) {
  await t.eval("(() => { const i = document.getElementById('search-q'); i.focus(); i.select(); return true; })()");
  t.phase = 'query:' + q;
  await t.call('Input.insertText', { text: q });
  const want = JSON.stringify(q);
  // The answer's message shows before its first hits are fetched: wait until the list is no longer busy.
  await quiet(t, `new URL(location.href).searchParams.get('q') === ${want} && ${MESSAGE} !== ''`
    + ` && !document.getElementById('search-results').hasAttribute('aria-busy')`);
  return t.eval(MESSAGE);
}

const isClient = (u) => /\/assets\/search\.[^/]*\.js$|\/search\/engine\.js$/.test(u);
const isSearchData = (u) => /\/search\/./.test(new URL(u).pathname) && !isClient(u);
const sum = (rs) => rs.reduce((a, r) => a + r.bytes, 0);
const bodies = (rs) => rs.reduce((a, r) => a + (r.body || 0), 0);
const kb = (n) => (n / 1024).toFixed(1);

async function close(t) {
  await call('Target.disposeBrowserContext', { browserContextId: t.browserContextId });
}

const version = (await call('Browser.getVersion')).product;
console.log(`browser: ${version}; site: ${site}; served gzipped (x.gz when present, else gzip -6 for text types)`);
console.log('KB = 1024 bytes; wire = Network.loadingFinished encodedDataLength (gzipped body + HTTP/1.1 response headers)');
console.log(`following query = the query typed after "${WARMUP}" in the same page\n`);
const rows = [];
for (const [kind, q] of QUERIES) {
  const a = await open();
  const answer = await type(a, q);
  const all = [...a.requests.values()];
  const client = all.filter((r) => isClient(r.url));
  const data = all.filter((r) => !isClient(r.url) && ((r.phase === 'page' && isSearchData(r.url)) || r.phase === 'ready'));
  const query = all.filter((r) => !isClient(r.url) && r.phase.startsWith('query:'));
  const first = [...client, ...data, ...query];
  if (process.env.VERBOSE) for (const r of first) console.log('   first', r.phase, r.bytes, r.body, r.url.slice(origin.length));
  await close(a);

  const b = await open();
  await type(b, WARMUP);
  await type(b, q);
  const follow = [...b.requests.values()].filter((r) => r.phase === 'query:' + q);
  if (process.env.VERBOSE) for (const r of follow) console.log('   following', r.bytes, r.body, r.url.slice(origin.length));
  await close(b);
  const failed = first.concat(follow).filter((r) => r.failed).length;
  rows.push({ kind, q, answer, client: sum(client), data: sum(data), query: sum(query), first: sum(first),
    firstBodies: bodies(first), firstN: first.length, following: sum(follow), followingBodies: bodies(follow),
    followingN: follow.length, failed });
}
const wide = (s, n) => s + ' '.repeat(Math.max(1, n - [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
console.log(wide('class', 23) + wide('query', 19) + wide('answer', 24)
  + '| first: client  index  query   wire  bodies  req | following: wire  bodies  req');
for (const r of rows) {
  console.log(wide(r.kind, 23) + wide(r.q, 19) + wide(r.answer.replace(/没有找到与“.*”相关的内容/, '没有找到'), 24)
    + `| ${kb(r.client).padStart(13)} ${kb(r.data).padStart(6)} ${kb(r.query).padStart(6)} ${kb(r.first).padStart(6)} ${kb(r.firstBodies).padStart(7)} ${String(r.firstN).padStart(4)} `
    + `| ${kb(r.following).padStart(15)} ${kb(r.followingBodies).padStart(7)} ${String(r.followingN).padStart(4)}${r.failed ? `  ${r.failed} failed requests!` : ''}`);
}
console.log('(client = assets/search.*.js + search/engine.js; index = the rest of search/ fetched on page load;'
  + ' query = fetched after typing; wire = all three with HTTP/1.1 response headers, bodies = gzipped bodies alone)');
console.log(`\nbudgets on the wire: first <= ${BUDGET.first / 1024} KB, following <= ${BUDGET.following / 1024} KB`);
let pass = true;
for (const r of rows) {
  const f = r.first <= BUDGET.first, g = r.following <= BUDGET.following;
  pass &&= f && g;
  console.log(`  ${r.kind.padEnd(22)} first ${kb(r.first).padStart(6)} KB ${f ? 'pass' : 'FAIL'}   following ${kb(r.following).padStart(6)} KB ${g ? 'pass' : 'FAIL'}`);
}
console.log(pass ? 'all within budget' : 'over budget');
ws.close();
chromium.kill();
server.close();
await new Promise((r) => chromium.once('exit', r));
fs.rmSync(profile, { recursive: true, force: true });

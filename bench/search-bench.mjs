// The Node half of bench/search-bench.sh: runs the shipped engine over an exported site and
// prints, per query kind, the bytes fetched for a first query (engine included) and for a
// following query, and the engine's query time. Usage: node search-bench.mjs SITE_DIR...
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

const BASE = 'https://bench.test/';
const QUERIES = [['2 chars', '党建'], ['4 chars', '志愿服务'], ['two words', '社区 服务'], ['question', '怎么参加志愿服务'],
  ['typo', '书计项目'], ['traditional', '書記項目'], ['pinyin', 'shujixiangmu']];
const WARMUP = '书记项目';

function load(dir) {
  const code = fs.readFileSync(path.join(dir, 'search/engine.js'), 'utf8');
  const ctx = { console, Math, Promise, Map, Date, JSON, URL };
  vm.createContext(ctx);
  vm.runInContext(code, ctx);
  return { api: ctx.RedpressSearch, client: code };
}

function engine(api, dir, log) {
  const fetchImpl = (url) => {
    const file = path.join(dir, url.slice(BASE.length));
    if (!fs.existsSync(file)) return Promise.resolve({ ok: false, status: 404 });
    const b = fs.readFileSync(file);
    const page = /\/(m|t)\/\d+\.bin$/.test(url);
    log.push({ raw: b.length, gz: zlib.gzipSync(b, { level: 9 }).length, page });
    if (process.env.VERBOSE) console.log('  fetch', url.slice(BASE.length), b.length);
    return Promise.resolve({ ok: true, arrayBuffer: () => Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)) });
  };
  return new api.Engine(BASE, fetchImpl);
}

/** What the page fetches for one search: the scored list plus the first page's metadata and snippet text. */
async function searchAndShow(e, api, q) {
  const r = await e.search(q, {});
  await Promise.all(r.hits.slice(0, 10).map((h) => Promise.all([e.meta(h.doc), e.text(h.doc)])));
  return r;
}

const sum = (log) => log.reduce((a, x) => ({ raw: a.raw + x.raw, gz: a.gz + x.gz, n: a.n + 1,
  pageRaw: a.pageRaw + (x.page ? x.raw : 0) }), { raw: 0, gz: 0, n: 0, pageRaw: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';

for (const dir of process.argv.slice(2)) {
  const { api, client } = load(dir);
  const clientGz = zlib.gzipSync(client, { level: 9 }).length;
  console.log(`\n${path.basename(dir)}: engine ${kb(client.length)} raw, ${kb(clientGz)} gzipped`);
  console.log('query           hits | first query: files  raw+engine  gz+engine | following query: files  raw (index + shown hits)      gz | scoring, warm (median of 20)');
  for (const [kind, q] of QUERIES) {
    const firstLog = [];
    const r = await searchAndShow(engine(api, dir, firstLog), api, q);
    const first = sum(firstLog);
    const followLog = [];
    const e2 = engine(api, dir, followLog);
    await searchAndShow(e2, api, WARMUP);
    followLog.length = 0;
    await searchAndShow(e2, api, q);
    const follow = sum(followLog);
    const times = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await e2.search(q, {});
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${(kind + ' ' + q).padEnd(15)} ${String(r.total).padStart(5)} | ${String(first.n).padStart(18)} ${kb(first.raw + clientGz)} ${kb(first.gz + clientGz)} | ${String(follow.n).padStart(22)} ${kb(follow.raw)} (${kb(follow.raw - follow.pageRaw).trim()} + ${kb(follow.pageRaw).trim()}) ${kb(follow.gz)} | ${times[10].toFixed(2)} ms`);
  }
}

// Pagefind on the same pages, for comparison with bench/judged-bench.sh (not a test, optional).
// Usage (Pagefind 1.6 installs with npm in seconds; the extended binary segments Chinese):
//   ./redpress build && mkdir -p /tmp/pf && (cd /tmp/pf && npm install pagefind@1)
//   copy only the record pages of site/ (practices/x/, materials/x/, …, and the pages) to DIR,
//   /tmp/pf/node_modules/.bin/pagefind --site DIR
//   node bench/pagefind-judged.mjs DIR bench/search-judgments.tsv [-v]
// Runs the bundled site's judged queries through Pagefind's own search (pagefind.js, its wasm
// and files read from DIR through a file-reading fetch) and prints the same metrics.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
const site = process.argv[2], tsv = process.argv[3];
globalThis.fetch = async (u) => {
  const p = fileURLToPath(new URL(u));
  const buf = fs.readFileSync(p);
  return { ok: true, status: 200, arrayBuffer: async () => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
    json: async () => JSON.parse(buf.toString()), text: async () => buf.toString() };
};
globalThis.window = globalThis; globalThis.location = { href: pathToFileURL(site + '/').href };
const pf = await import(pathToFileURL(site + '/pagefind/pagefind.js').href);
await pf.options({ basePath: pathToFileURL(site + '/pagefind/').href });
await pf.init();
const rows = fs.readFileSync(tsv, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'))
  .filter(c => c[0] === 'bundled');
const gain = (g, i) => (2 ** g - 1) / Math.log2(i + 2);
const by = {}, all = [0, 0, 0, 0];
for (const [, kind, q, gr] of rows) {
  const grades = Object.fromEntries(gr.trim().split(/ +/).map(x => { const i = x.lastIndexOf('='); return [x.slice(0, i), +x.slice(i + 1)]; }));
  const r = await pf.search(q);
  const data = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
  const paths = data.map(d => decodeURI(d.url).replace('file:', '').replace(/^\/+/, '/').replace(site, '').replace(/index\.html$/, '').replace(/^\/+|\/+$/g, ''));
  let dcg = 0; paths.slice(0, 5).forEach((p, i) => dcg += gain(grades[p] || 0, i));
  const ideal = Object.values(grades).sort((a, b) => b - a); let idcg = 0; ideal.slice(0, 5).forEach((g, i) => idcg += gain(g, i));
  const best = Math.max(...ideal);
  const m = [dcg / idcg, paths.length && (grades[paths[0]] || 0) === best ? 1 : 0, paths.filter(p => grades[p] > 0).length / ideal.length, 1];
  if (process.argv[4] === '-v') console.log(kind, q, m[0].toFixed(2), paths.slice(0, 3).join(' '));
  (by[kind] ||= [0, 0, 0, 0]).forEach((_, i) => by[kind][i] += m[i]); m.forEach((v, i) => all[i] += v);
}
const row = (k, v) => console.log(k.padEnd(12), String(v[3]).padStart(7), (v[0] / v[3]).toFixed(3).padStart(8), (v[1] / v[3]).toFixed(3).padStart(10), (v[2] / v[3]).toFixed(3).padStart(10));
console.log('kind         queries   nDCG@5  success@1  recall@10   (Pagefind 1.6 extended, bundled record pages)');
for (const k in by) row(k, by[k]);
row('overall', all);

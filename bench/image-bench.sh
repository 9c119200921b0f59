#!/usr/bin/env bash
# Image benchmark (not a test): N synthetic 12 MP phone photos (default 200, 4000 × 3000, about
# 4.8 MB each) in practices of 20 photos each, built twice: first with an empty processed-image
# cache, then again with it. Prints wall time and peak heap of both builds, and the bytes the
# largest page's images cost a 390 px wide phone (at 2× and 3× pixel density, choosing from srcset
# by the page's sizes as a browser does) against the originals the editors committed.
# Usage: bench/image-bench.sh [N [WIDTH HEIGHT]]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/redpress" --version >/dev/null   # builds the jar when needed
n=${1:-200}; w=${2:-4000}; h=${3:-3000}
work="${BENCH_DIR:-$(mktemp -d)}"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
p="$work/project"
mkdir -p "$p/content/practices" "$p/content/organizations" "$p/content/media/photos"
cp "$here/src/test/resources/sites/photos/content/site.yaml" "$p/content/"
cp "$here/src/test/resources/sites/photos/content/organizations/branch.yaml" "$p/content/organizations/"
ln -s "$here/templates" "$p/templates"
echo "generating $n photos of ${w}×${h}…" >&2
t0=$(date +%s)
java "$here/bench/GeneratePhotos.java" "$p/content/media/photos" "$n" "$w" "$h"
echo "generated in $(( $(date +%s) - t0 )) s; originals: $(du -sm "$p/content/media" | cut -f1) MiB" >&2
python3 - "$n" "$p/content/practices" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
per = 20
for k in range((n + per - 1) // per):
    files = [f'photos/photo-{i:03d}.jpg' for i in range(k * per, min(n, (k + 1) * per))]
    lines = ['---', f'title: 图片测试 {k}', f'date: 2020-01-{k % 28 + 1:02d}', 'program: fortress',
             'organization: branch', f'cover: {files[0]}', 'photos:']
    for i, f in enumerate(files):
        lines += [f'  - file: {f}', f'    alt: 测试照片 {i}']
    lines += ['---', '正文。', '']
    open(f'{out}/p{k:03d}.md', 'w', encoding='utf-8').write('\n'.join(lines))
PY
run() {
  java -Xss4m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar "$here/target/redpress.jar" build \
    --project "$p" --quiet --stats | grep '^stats' \
    | grep -o 'wall_s=[0-9.]*\|peak_heap_mib=[0-9]*\|render:media_ms=[0-9]*' | tr '\n' ' '
  echo
}
rm -rf "$p/.redpress-cache"
printf 'first build (empty cache):  '; run
printf 'second build (cache):       '; run
echo "cache: $(du -sm "$p/.redpress-cache" | cut -f1) MiB in $p/.redpress-cache"
python3 - "$p" <<'PY'
import os, re, sys, html
p = sys.argv[1]
site = os.path.join(p, 'site')
pages = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(site, 'practices')) for f in fs if f == 'index.html']
def imgs(path):
    return re.findall(r'<img [^>]*>', open(path, encoding='utf-8').read())
page = max(pages, key=lambda f: len(imgs(f)))
def attr(tag, name):
    m = re.search(r'\s' + name + r'="([^"]*)"', tag)
    return html.unescape(m.group(1)) if m else None
def css_width(sizes, vw=390, rem=16):
    for part in [s.strip() for s in sizes.split(',')]:
        m = re.match(r'\(min-width:\s*([\d.]+)em\)\s*(.*)', part)
        if m:
            if vw >= float(m.group(1)) * rem: part = m.group(2)
            else: continue
        if part.endswith('vw'): return vw * float(part[:-2]) / 100
        if part.endswith('rem'): return float(part[:-3]) * rem
        if part.endswith('px'): return float(part[:-2])
    return vw
def chosen(tag, dpr):
    cands = sorted((int(w), u) for u, w in re.findall(r'(\S+) (\d+)w', attr(tag, 'srcset') or ''))
    need = css_width(attr(tag, 'sizes') or '100vw') * dpr
    for w, u in cands:
        if w >= need: return u
    return cands[-1][1]
tags = [t for t in imgs(page) if attr(t, 'srcset')]
def size(url): return os.path.getsize(os.path.join(site, url.lstrip('/')))
originals = set()
for t in tags:
    stem = re.sub(r'\.\d+w\.jpg$', '.jpg', attr(t, 'src'))
    originals.add(os.path.join(p, 'content', stem.lstrip('/')))
orig = sum(os.path.getsize(f) for f in originals)
print(f'largest page: {os.path.relpath(page, site)} with {len(tags)} photos ({len(originals)} distinct)')
for dpr in (2, 3):
    got = sum(size(chosen(t, dpr)) for t in tags)
    print(f'  390 px phone at {dpr}x: {got / 1024:.0f} KiB of images (every photo loaded) vs originals {orig / 1024 / 1024:.1f} MiB ({100 * got / orig:.1f} %)')
PY

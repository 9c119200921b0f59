#!/usr/bin/env bash
# Search bytes in Chromium (not a test): builds N synthetic records (default 10,000) with
# `./redpress build --precompress`, serves site/ gzipped as the README's nginx does, and in
# Debian's headless Chromium types five query classes into the search page's box (a two-character
# word, 党建, a four-character phrase, a two-word query, a phrase that matches nothing). Prints the
# bytes on the wire of each first query (search client included) and following query, against the
# budgets (first <= 60 KB, following <= 15 KB). What is counted: see bench/search-bytes.mjs.
# Usage: bench/search-bytes.sh [N]            e.g. bench/search-bytes.sh 1000
#   PROJECT=DIR reuses a project made by bench/synth.sh (e.g. KEEP=DIR of bench/vs-hugo.sh gives
#   DIR/project) instead of generating one; VERBOSE=1 lists every counted request.
# Needs: chromium (apt-get install chromium) and Node with WebSocket (>= 22, or 21+ with a flag).
set -euo pipefail
n="${1:-10000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -x "${REDPRESS_CHROMIUM:-/usr/bin/chromium}" ] || { echo "Chromium is missing: apt-get install chromium (or set REDPRESS_CHROMIUM)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "${PROJECT:-}" ]; then
  mkdir -p "$work/project"; cp -r "$PROJECT/content" "$work/project/content"
else
  "$here/bench/synth.sh" "$n" "$work/project" >/dev/null
fi
cp -r "$here/templates" "$work/project/templates"
echo "machine: $(nproc) cores, node $(node --version); $(grep -c . <(find "$work/project/content" -name '*.md' -o -name '*.yaml' | grep -v site.yaml)) records"
"$here/redpress" build --project "$work/project" --precompress --quiet --stats | grep '^stats' | tr ' ' '\n' | grep -E '^(records|pages|wall_s|render:search_ms)=' | tr '\n' ' '; echo
echo "search/ on disk: $(du -sh --apparent-size --exclude='*.gz' "$work/project/site/search" | cut -f1) raw, $(find "$work/project/site/search" -type f -not -name '*.gz' | wc -l) files"
flag=(); node -e 'process.exit(typeof WebSocket === "undefined" ? 1 : 0)' || flag=(--experimental-websocket)
node "${flag[@]}" --no-warnings "$here/bench/search-bytes.mjs" "$work/project/site"

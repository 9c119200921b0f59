#!/usr/bin/env bash
# Growth benchmark (not a test): one page with N sections (equal and numbered headings, links to
# anchors and to the home page, N footnotes), built at N and 4N. Linear stages take about four
# times as long at 4N (less while the JIT warms up); a quadratic one takes sixteen times.
# Usage: bench/growth-bench.sh [N]   (default 2000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/redpress" --version >/dev/null   # builds the jar when needed
n=${1:-2000}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in "$n" $((n * 4)); do
  p="$work/p$size"
  mkdir -p "$p/content/pages"
  cp "$here/content/site.yaml" "$p/content/"
  cp -r "$here/templates" "$p/templates"
  python3 - "$size" "$p/content/pages/big.md" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
lines = ['---', 'title: 增长测试', '---', '']
for i in range(n):
    lines += [f'## 小节 {i}', f'见[上一节](#小节-{max(0, i - 1)})和[首页](/)以及[同名](#同名)。脚注[^{i}]', '', '## 同名', '']
for i in range(n):
    lines += [f'[^{i}]: 注{i}', '']
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
PY
  printf '%6d sections: ' "$size"
  java -Xss4m -jar "$here/target/redpress.jar" build --project "$p" --quiet --stats | grep '^stats' \
    | grep -o 'wall_s=[0-9.]*\|render:pages_ms=[0-9]*\|render:search_ms=[0-9]*\|links_ms=[0-9]*' | tr '\n' ' '
  echo
done

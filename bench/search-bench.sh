#!/usr/bin/env bash
# Search benchmark (not a test). On the bundled site and on N synthetic records (default
# 10,000) prints: index build time, total index size, and for a 2-character, a 4-character and
# a two-word query the bytes fetched by a first query (engine included, gzipped) and by a
# following query, plus the client's query time in Node.
# "raw" is what a host serving files as-is sends; "gz" what a host that gzips them sends.
# Usage: bench/search-bench.sh [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version)"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.redpress.search.SearchBench "$work" "$n"
node bench/search-bench.mjs "$work/bundled" "$work/synthetic$n"

#!/usr/bin/env bash
# Judged search benchmark (not a test): runs the queries of bench/search-judgments.tsv on the
# bundled site and the minimal fixture, prints nDCG@5, success@1 and recall@10 per kind and
# overall. -v also prints each query's top five with their grades.
# Usage: bench/judged-bench.sh [-v]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.redpress.search.JudgedSearchBench "$@"

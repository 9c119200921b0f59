#!/usr/bin/env bash
# Writes a deterministic synthetic project of RECORDS records under DIR/content for the
# benchmarks. The generator is test code (org.redpress.build.SyntheticContent in src/test), not a
# redpress command, so this compiles the test tree and runs it on the test class path.
# Usage: bench/synth.sh RECORDS DIR [SEED]   (DIR relative to the caller; SEED 42)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/synth.sh RECORDS DIR [SEED]" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "$2" && cd "$2" && pwd)"
(
  cd "$here"
  mvn -q -B -Dstyle.color=never test-compile 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
  mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
)
java -cp "$here/target/test-classes:$here/target/classes:$(cat "$here/target/bench-classpath.txt")" \
  org.redpress.build.SyntheticContent "$1" "$out" "${3:-42}"

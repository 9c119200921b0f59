#!/usr/bin/env bash
# Build benchmark (not a test): generates 1,000 and 10,000 synthetic records and builds each,
# printing records, pages, wall time, records per second, peak heap, per-stage times, CPU time
# and peak RSS. Also builds the bundled site. The launcher picks the heap for the site's size,
# as it does for a user. Usage: bench/build-bench.sh [sizes...]   (default: 1000 10000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/redpress" --version >/dev/null   # builds the jar when needed
jar="$here/target/redpress.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
printf 'bundled site: '
"$here/redpress" build --project "$here" --out "$work/bundled-site" --quiet --stats | grep '^stats'
for n in "${sizes[@]}"; do
  "$here/bench/synth.sh" "$n" "$work/p$n" >/dev/null
  cp -r "$here/templates" "$work/p$n/templates"
  # A cold JVM per run through the launcher, as a user runs it, into a fresh output folder.
  printf '%6d records: ' "$n"
  /usr/bin/time -f 'cpu_s=%U+%S max_rss_kib=%M' -o "$work/time" "$here/redpress" build --project "$work/p$n" --quiet --stats | grep '^stats' | tr -d '\n'
  awk '{ split($1, c, "="); split(c[2], u, "+"); split($2, r, "="); printf " cpu_s=%.1f max_rss_mib=%.0f\n", u[1] + u[2], r[2] / 1024 }' "$work/time"
done

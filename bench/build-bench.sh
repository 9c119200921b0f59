#!/usr/bin/env bash
# Build benchmark (not a test): generates 1,000 and 10,000 synthetic records and builds each,
# printing records, pages, wall time, records per second and peak heap. Also builds the
# bundled site. Usage: bench/build-bench.sh [sizes...]   (default: 1000 10000)
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
  # A cold JVM per run through the launcher, as a user runs it; -Xmx1g proves the 1 GiB heap target.
  printf '%6d records: ' "$n"
  JAVA_OPTS=-Xmx1g /usr/bin/time -f 'max_rss_mib=%M' -o "$work/time" "$here/redpress" build --project "$work/p$n" --quiet --stats | grep '^stats' | tr -d '\n'
  awk '{ split($0, a, "="); printf " max_rss_mib=%.0f\n", a[2] / 1024 }' "$work/time"
done

#!/usr/bin/env bash
# Side-by-side build benchmark (not a test): the same N synthetic records built by redpress
# (through the README's command, `./redpress build --project DIR`, search index included) and
# by Hugo + Pagefind (a Hugo copy of the records made by bench/HugoSite.java, Hugo with its
# defaults, then Pagefind's extended binary indexing public/). Runs alternate, RUNS of each
# (default 3); prints per run and as medians wall time, user+sys CPU time and peak RSS, and the
# ratio redpress / (Hugo + Pagefind): Hugo + Pagefind's time is the sum of its two processes,
# its RSS the larger of their two peaks. Also prints redpress's per-stage times (--stats) and
# both sites' page counts.
# Usage: bench/vs-hugo.sh N [RUNS]        e.g. bench/vs-hugo.sh 1000; bench/vs-hugo.sh 10000 1
# Needs: hugo (apt-get install hugo), npm (Pagefind 1.6.0 is installed from the npm registry
# into bench/.pagefind/, git-ignored), GNU time at /usr/bin/time (apt-get install time).
# KEEP=DIR keeps the generated project, the Hugo site and both outputs in DIR (default: a
# temporary directory, removed at the end); JAVA_OPTS passes through to the launcher.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: bench/vs-hugo.sh N [RUNS]" >&2; exit 2; }
n="$1"; runs="${2:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pagefind_version=1.6.0

command -v hugo >/dev/null || { echo "hugo is missing: apt-get install hugo (Debian's 0.111 extended)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 2; }
cache="$here/bench/.pagefind"
pagefind="$cache/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
if [ ! -x "$pagefind" ]; then
  command -v npm >/dev/null || { echo "npm is missing: apt-get install npm (for Pagefind)" >&2; exit 2; }
  echo "installing pagefind@$pagefind_version into $cache (npm registry)…" >&2
  mkdir -p "$cache"
  # Its own package.json, or npm would install into the repository's node_modules.
  [ -f "$cache/package.json" ] || echo '{"private": true}' >"$cache/package.json"
  npm install --prefix "$cache" --silent --no-audit --no-fund "pagefind@$pagefind_version" >&2
fi
# The npm wrapper (npx pagefind) runs pagefind_extended when its platform package has it, as
# @pagefind/linux-x64 does; the binary is called directly so its own RSS is measured.
[ -x "$pagefind" ] || { echo "no pagefind_extended in $cache (only linux-x64 is wired here)" >&2; exit 2; }

if [ -n "${KEEP:-}" ]; then work="$(mkdir -p "$KEEP" && cd "$KEEP" && pwd)"; else
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
"$here/redpress" --version >/dev/null   # builds the jar first, outside the timings

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2 " GiB"}'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $(java -version 2>&1 | head -1) (launcher flags: $(grep -o 'jvm=(-Xss4m -XX[^)]*)' "$here/redpress" | head -1)${JAVA_OPTS:+ + $JAVA_OPTS})"
echo "hugo:    $(hugo version)"
echo "pagefind: $("$pagefind" --version) ($(basename "$pagefind"))"

proj="$work/project"; hsite="$work/hugo"
if [ ! -d "$proj/content" ]; then
  "$here/bench/synth.sh" "$n" "$proj" >/dev/null
fi
rm -rf "$proj/templates"; cp -r "$here/templates" "$proj/templates"
rm -rf "$hsite"; java "$here/bench/HugoSite.java" "$proj" "$hsite" >/dev/null

# time -f: wall s, user s, sys s, max RSS KiB
fmt='%e %U %S %M'
run_redpress() {
  rm -rf "$proj/site"
  /usr/bin/time -f "$fmt" -o "$work/t" "$here/redpress" build --project "$proj" --quiet --stats >"$work/stats"
  read -r w u s m <"$work/t"
  echo "redpress $w $(echo "$u + $s" | bc) $m" >>"$work/results"
  grep '^stats' "$work/stats" >>"$work/stats-all"
  printf '  redpress         wall %6.2f s  cpu %6.2f s  rss %5d MiB\n' "$w" "$(echo "$u + $s" | bc)" $((m / 1024))
}
run_hugo() {
  rm -rf "$hsite/public" "$hsite/resources" "$hsite/.hugo_build.lock"
  /usr/bin/time -f "$fmt" -o "$work/th" hugo --source "$hsite" --quiet
  /usr/bin/time -f "$fmt" -o "$work/tp" "$pagefind" --site "$hsite/public" >"$work/pagefind.log"
  read -r hw hu hs hm <"$work/th"; read -r pw pu ps pm <"$work/tp"
  local w c m
  w=$(echo "$hw + $pw" | bc); c=$(echo "$hu + $hs + $pu + $ps" | bc); m=$((hm > pm ? hm : pm))
  echo "hugo+pagefind $w $c $m" >>"$work/results"
  printf '  hugo + pagefind  wall %6.2f s  cpu %6.2f s  rss %5d MiB   (hugo %.2f s %d MiB, pagefind %.2f s %d MiB)\n' \
    "$w" "$c" $((m / 1024)) "$hw" $((hm / 1024)) "$pw" $((pm / 1024))
}

: >"$work/results"; : >"$work/stats-all"
echo; echo "$n records, $runs runs each, alternating:"
for i in $(seq 1 "$runs"); do
  echo " run $i"
  run_redpress
  run_hugo
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
col() { awk -v t="$1" -v c="$2" '$1 == t { print $c }' "$work/results" | median; }
rw=$(col redpress 2); rc=$(col redpress 3); rm_=$(col redpress 4)
hw=$(col hugo+pagefind 2); hc=$(col hugo+pagefind 3); hm=$(col hugo+pagefind 4)
echo
echo "pages: redpress $(grep -o 'pages=[0-9]*' "$work/stats" | cut -d= -f2) ($(find "$proj/site" -name '*.html' | wc -l) .html files);" \
  "hugo $(find "$hsite/public" -name '*.html' -not -path '*/pagefind/*' | wc -l) .html files" \
  "($(find "$hsite/public" -name index.xml | wc -l) RSS feeds); pagefind: $(grep -o 'Indexed [0-9]* pages' "$work/pagefind.log")"
echo
printf 'median of %d       %10s %10s %10s\n' "$runs" "wall s" "cpu s" "rss MiB"
printf 'redpress           %10.2f %10.2f %10.0f\n' "$rw" "$rc" "$(echo "$rm_ / 1024" | bc -l)"
printf 'hugo + pagefind    %10.2f %10.2f %10.0f\n' "$hw" "$hc" "$(echo "$hm / 1024" | bc -l)"
printf 'ratio              %10.2f %10.2f %10.2f   (redpress / hugo+pagefind; targets: time <= 0.25, rss <= 1 GiB)\n' \
  "$(echo "$rw / $hw" | bc -l)" "$(echo "$rc / $hc" | bc -l)" "$(echo "$rm_ / $hm" | bc -l)"
echo
# The JVM's start-up and exit around the build: the launcher's wall time minus the build's own
# (stats wall_s), and a bare `./redpress --version` (JVM start, picocli, exit).
/usr/bin/time -f '%e %U %S' -o "$work/tv" "$here/redpress" --version >/dev/null
read -r vw vu vs <"$work/tv"
outside=$(paste <(awk '$1 == "redpress" { print $2 }' "$work/results") <(grep -o 'wall_s=[0-9.]*' "$work/stats-all" | cut -d= -f2) | awk '{ print $1 - $2 }' | median)
printf 'jvm: ./redpress --version %.2f s wall, %.2f s cpu; launcher wall minus the build'"'"'s own wall_s: %.2f s\n' \
  "$vw" "$(echo "$vu + $vs" | bc)" "$outside"
echo
echo "redpress per-stage times (ms), median of $runs:"
tr ' ' '\n' <"$work/stats-all" | grep '_ms=' | cut -d= -f1 | awk '!seen[$0]++' | while read -r k; do
  printf '  %-20s %8.0f\n' "${k%_ms}" "$(grep -o " $k=[0-9]*" "$work/stats-all" | cut -d= -f2 | median)"
done
echo "  (peak heap $(grep -o 'peak_heap_mib=[0-9]*' "$work/stats-all" | cut -d= -f2 | median) MiB)"

#!/usr/bin/env bash
# Preview server benchmark (not a test). On a synthetic site it measures:
#   - median (and p90) time from saving one practice to the browser's reload event, then the
#     time to serve that practice's page right after the reload (the preview renders it then)
#   - the same for saving templates/layout.ftlh (used by every page),
#     next to a cold `redpress build` of the same site
#   - heap after GC before and after EDITS consecutive edits (each waits for its reload)
#   - 30 s loopback loads with wrk (50 connections) on a page and on /api/search (answers
#     cached per build, then a request mix that always misses that cache)
# Usage: bench/serve-bench.sh
# Environment: RECORDS (10000)  SAVES (15)  TEMPLATE_SAVES (1)  EDITS (200)
#              EDIT_RECORDS (= RECORDS; a smaller site makes the heap run shorter)
#              DURATION (30s)  CONNECTIONS (50)  HEAP (4g)
#              COLD_BUILD (1; 0 skips the cold build)  LOADS (1; 0 skips wrk and the heap run)
#              JAR (this checkout's target/redpress.jar; another jar, e.g. of an older commit,
#              measures that one with this script and client)
# Needs wrk (apt-get install -y wrk) and jcmd (the JDK).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
records=${RECORDS:-10000}
saves=${SAVES:-15}
template_saves=${TEMPLATE_SAVES:-1}
edits=${EDITS:-200}
edit_records=${EDIT_RECORDS:-$records}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-50}
heap=${HEAP:-4g}
cold_build=${COLD_BUILD:-1}
loads=${LOADS:-1}
if [ "$loads" != 0 ]; then
  command -v wrk >/dev/null || { echo "serve-bench: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
fi

if [ -z "${JAR:-}" ]; then
  "$here/redpress" --version >/dev/null   # builds the jar when needed
fi
work="$(mktemp -d)"
# A private copy of the jar: a rebuild of target/ during the run must not pull it away.
cp "${JAR:-$here/target/redpress.jar}" "$work/redpress.jar"
jar="$work/redpress.jar"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

make_site() { # records dir
  "$here/bench/synth.sh" "$1" "$2" >/dev/null
  cp -r "$here/templates" "$2/templates"
}

start_server() { # project log -> sets $server and $url
  local port; port=$(free_port)
  java -Xss4m -Xmx"$heap" -jar "$jar" serve --project "$1" --port "$port" --quiet >"$2" 2>&1 &
  server=$!
  for _ in $(seq 1 1800); do
    url=$(grep -o "http://127.0.0.1:$port/[^ ]*" "$2" || true)
    [ -n "$url" ] && return 0
    kill -0 "$server" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep 1
  done
  echo "serve-bench: the server did not come up" >&2; exit 1
}

stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

heap_after_gc() { # -> MiB used after a full GC
  jcmd "$server" GC.run >/dev/null
  jcmd "$server" GC.heap_info | grep -o -m 1 'used [0-9]*K' | awk '{ printf "%.0f", substr($2, 1, length($2) - 1) / 1024 }'
}

saves() { # file count label pause_ms [page_url]
  java "$here/bench/ServeBench.java" "$url" "$1" "$2" "$3" "${4:-500}" ${5:+"$5"}
}

load() { # label url [lua]
  local out
  # A short unrecorded run first: JIT compilation and the first misses are not the steady state.
  wrk -t2 -c"$connections" -d5s ${3:+-s "$3"} "$2" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency ${3:+-s "$3"} "$2")
  local rps p99 socket non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  socket=$(echo "$out" | grep -o 'Socket errors:.*' || echo 'Socket errors: none')
  non2xx=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  echo "$1: requests_per_s=$rps p99=$p99 non_2xx=${non2xx:-0} ${socket}"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p)"
make_site "$records" "$work/site"
if [ "$cold_build" != 0 ]; then
  printf 'cold full build, %d records: ' "$records"
  java -Xss4m -Xmx"$heap" -jar "$jar" build --project "$work/site" --quiet --stats | grep '^stats' | grep -o 'files=[0-9]* wall_s=[0-9.]*'
fi

start_server "$work/site" "$work/serve.log"
echo "first build in the preview: $(head -1 "$work/serve.log")"
first_practice() { local all=("$1"/content/practices/*.md); basename "${all[0]}"; }  # no ls | head: SIGPIPE + pipefail
practice=$(first_practice "$work/site")
page="${url}practices/${practice%.*}/"
saves "$work/site/content/practices/$practice" "$saves" practice_save_to_reload 500 "$page"
saves "$work/site/templates/layout.ftlh" "$template_saves" template_save_to_reload 500 "$page"
[ "$loads" = 0 ] && exit 0
load "page $page" "$page"
load "search /api/search, 40 rotating queries (answer cache warm)" "${url}api/search" "$here/bench/search.lua"
load "search /api/search, 400 distinct requests (each misses the answer cache; pages 2-10 reuse the kept ranking)" "${url}api/search" \
  "$here/bench/search-uncached.lua"

if [ "$edit_records" != "$records" ]; then
  stop_server
  make_site "$edit_records" "$work/edits"
  start_server "$work/edits" "$work/edits.log"
  practice=$(first_practice "$work/edits")
  edit_file="$work/edits/content/practices/$practice"
else
  edit_file="$work/site/content/practices/$practice"
fi
before=$(heap_after_gc)
saves "$edit_file" "$edits" "consecutive_edits_${edit_records}_records" 0
# The last edit's follow-up (search index, site/ on disk) starts after a quiet second: let it end,
# so the figure compares settled states rather than catching an index half built.
sleep 5
after=$(heap_after_gc)
awk -v b="$before" -v a="$after" -v n="$edits" -v r="$edit_records" \
  'BEGIN { printf "heap after GC (%d records): before=%d MiB after %d edits=%d MiB change=%+.1f%%\n", r, b, n, a, (a - b) * 100 / b }'

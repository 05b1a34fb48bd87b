#!/usr/bin/env bash
# Load test with wrk against a real `./backease serve` (the launcher, with its JVM options and
# class-data archive) and, as a baseline in the same run, a bare Javalin endpoint answering a small
# JSON object. Loopback only, bounded in time (each run lasts DURATION), stops both servers at the end.
#
# Usage: bench/load.sh [DURATION [CONNECTIONS...]]   e.g. bench/load.sh 15s 32 200 (the default)
# Env:   BACKEASE_JAVA_OPTS  extra JVM options for the BackEase server (the launcher puts them last)
#        JIT_WARMUP          load on every endpoint, in turn, before anything is measured, so the
#                            first measured endpoint does not carry the compiler's warm-up (default 20s
#                            each on the BackEase endpoints and the bare one)
#        WARMUP              warm-up per endpoint right before its runs (default 5s; not reported)
# Prints a Markdown table: endpoint, connections, p50, p99, requests/s, errors; the server's RSS when
# idle before the load and after it (also written to target/bench/rss-after-load.kb).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-15s}"
shift || true
conns=("$@")
[ ${#conns[@]} -gt 0 ] || conns=(32 200)
warmup="${WARMUP:-5s}"
jit_warmup="${JIT_WARMUP:-20s}"
threads=2
# shellcheck source=bench/lib.sh
source bench/lib.sh
# Free ports chosen by the kernel, so that a server someone else left running is never measured instead.
app_port="${APP_PORT:-$(free_port)}"
bare_port="${BARE_PORT:-$(free_port)}"

command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
mkdir -p target/bench
./backease --version >/dev/null # builds the jar and the class-data archive when they are stale
build_bench_classpath

data="$(mktemp -d)"
pids=()
stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$data"
}
trap stop_servers EXIT

# shellcheck disable=SC2086
./backease serve --host 127.0.0.1 --port "$app_port" --data "$data" >target/bench/serve.log 2>&1 &
app_pid=$!
pids+=("$app_pid")
start_bare "$bare_port" target/bench/bare.log
pids+=("$bare_pid")

wait_for "http://127.0.0.1:$app_port/api/v1/health" "$app_pid"
wait_for "http://127.0.0.1:$bare_port/" "$bare_pid"

# The player page for a plain two-day backache given by a partner, opened as a link (the same page
# the plan form posts to): every red-flag question answered no.
player_query="$(printf 'flag_%s=no&' bladder_or_bowel_change saddle_numbness leg_weakness chest_pain \
  shortness_of_breath fever leg_numbness leg_tingling pain_down_leg dizziness unexplained_weight_loss)"
player_query="${player_query}mode=partner&intensity=3&durationDays=2&tools=massage_oil"
curl -fsS -o /dev/null "http://127.0.0.1:$app_port/player?$player_query" \
  || { echo "load.sh: the player page did not answer 200" >&2; exit 1; }

# name|url|wrk script (empty for GET)
endpoints=(
  "POST /api/v1/screenings|http://127.0.0.1:$app_port/api/v1/screenings|bench/post-intake.lua"
  "GET /player?… (the player page)|http://127.0.0.1:$app_port/player?$player_query|"
  "GET / (home page)|http://127.0.0.1:$app_port/|"
  "GET /api/v1/health|http://127.0.0.1:$app_port/api/v1/health|"
  "bare Javalin GET /|http://127.0.0.1:$bare_port/|"
)

run_wrk() { # url script connections duration
  local args=(-t "$threads" -c "$3" -d "$4" --latency)
  [ -n "$2" ] && args+=(-s "$2")
  wrk "${args[@]}" "$1"
}

idle_rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name url script <<<"$entry"
  run_wrk "$url" "$script" 32 "$jit_warmup" >/dev/null
done

echo "load.sh: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $threads wrk threads, $duration per run, $("$(BACKEASE_WHICH_JAVA=1 ./backease)" -version 2>&1 | head -1)"
echo
echo "| endpoint | connections | p50 ms | p99 ms | requests/s | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name url script <<<"$entry"
  kill -0 "$app_pid" && kill -0 "$bare_pid" || { echo "load.sh: a server died during the load" >&2; exit 1; }
  run_wrk "$url" "$script" 32 "$warmup" >/dev/null
  for c in "${conns[@]}"; do
    out="$(run_wrk "$url" "$script" "$c" "$duration")"
    echo "$out" >"target/bench/wrk-$(echo "$name" | tr -c 'a-zA-Z0-9' '_')-$c.txt"
    read -r p50 p99 rps errors _ <<<"$(wrk_fields "$out")"
    echo "| $name | $c | $p50 | $p99 | $rps | $errors |"
  done
done
rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")
echo "$rss" >target/bench/rss-after-load.kb
sleep 20 # the server gives memory back once it has been quiet for 15 s
quiet_rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")
echo
echo "BackEase server resident memory (VmRSS): $((idle_rss / 1024)) MB idle before the load," \
  "$((rss / 1024)) MB the moment it ends, $((quiet_rss / 1024)) MB after 20 s of quiet"

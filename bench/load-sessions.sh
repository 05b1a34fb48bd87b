#!/usr/bin/env bash
# Load with signed-in users: each wrk connection sends pressure_report events to its own running
# session (bench/session-events.lua), and reads it back, with a bearer token of the session's owner;
# side by side with the bare Javalin endpoint (dev.backease.bench.BareJavalin). Loopback only,
# bounded (each run lasts DURATION), stops both servers and removes its data at the end.
#
# Usage: bench/load-sessions.sh [DURATION [CONNECTIONS...]]   e.g. bench/load-sessions.sh 15s 32 200 (the default)
# Env:   USERS     accounts to sign up (default 32); session i belongs to user i mod USERS
#        DB_URL    a JDBC URL to serve from instead of SQLite in a temporary folder (the database
#                  should be empty; the script does not remove what it writes there)
#        WARMUP    warm-up per endpoint before measuring (default 20s; not reported): on 2 cores the JIT
#                  compiles this load's paths for about that long, and a shorter warm-up measures the
#                  compiler as much as the server
#        QUIET     seconds of quiet before the last memory reading (default 20)
#        ONLY      "events" or "read": measure that endpoint only, beside the bare one (default: both)
#        BACKEASE_JAVA_OPTS  extra JVM options for the BackEase server
# The player page is not measured: it is answered to POST /player (the plan form), not to a GET.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
duration="${1:-15s}"
shift || true
conns=("$@")
[ ${#conns[@]} -gt 0 ] || conns=(32 200)
warmup="${WARMUP:-20s}"
users="${USERS:-32}"
threads=2
password='bench-load-password-1'

command -v wrk >/dev/null || { echo "load-sessions.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
mkdir -p target/bench
./backease --version >/dev/null # builds the jar and the class-data archive when they are stale
if [ ! -f target/test-classes/dev/backease/bench/BareJavalin.class ] || [ ! -f target/bench-classpath.txt ]; then
  build_bench_classpath
fi

work="$(mktemp -d)"
pids=()
stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop_servers EXIT
app_port="$(free_port)"
bare_port="$(free_port)"
db_args=(--data "$work/data")
[ -n "${DB_URL:-}" ] && db_args=(--db "$DB_URL")
# The launcher, as a person runs it (its JVM options, then BACKEASE_JAVA_OPTS); it execs java.
./backease serve --host 127.0.0.1 --port "$app_port" "${db_args[@]}" >target/bench/load-sessions-serve.log 2>&1 &
app_pid=$!
pids+=("$app_pid")
start_bare "$bare_port" target/bench/load-sessions-bare.log
pids+=("$bare_pid")
wait_for "http://127.0.0.1:$app_port/api/v1/health" "$app_pid"
wait_for "http://127.0.0.1:$bare_port/" "$bare_pid"

api() { # token method path [body]
  curl -fsS -X "$2" "http://127.0.0.1:$app_port$3" -H 'Content-Type: application/json' \
    ${1:+-H "Authorization: Bearer $1"} ${4:+--data "$4"}
}
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# Sign up USERS people (two Argon2 hashes each: sign-up and token), then one running session per
# connection of the largest level, dealt out to the users in turn.
max_conns=0
for c in "${conns[@]}"; do [ "$c" -gt "$max_conns" ] && max_conns=$c; done
tokens=()
for u in $(seq 1 "$users"); do
  api "" POST /api/v1/accounts "{\"username\":\"bench_user_$u\",\"password\":\"$password\"}" >/dev/null
  tokens+=("$(api "" POST /api/v1/auth/tokens "{\"username\":\"bench_user_$u\",\"password\":\"$password\"}" | json_field token)")
done
: >"$work/sessions.txt"
for i in $(seq 0 $((max_conns - 1))); do
  token="${tokens[$((i % users))]}"
  id="$(api "$token" POST /api/v1/sessions "$(cat examples/plain-backache.json)" | json_field id)"
  api "$token" POST "/api/v1/sessions/$id/events" '{"type":"start"}' >/dev/null
  echo "$token $id" >>"$work/sessions.txt"
done

run_wrk() { # url script action connections duration
  local args=(-t "$threads" -c "$4" -d "$5" --latency)
  [ -n "$2" ] && args+=(-s "$2")
  head -n "$4" "$work/sessions.txt" >"$work/sessions-$4.txt"
  BENCH_SESSIONS="$work/sessions-$4.txt" BENCH_THREADS="$threads" BENCH_ACTION="$3" wrk "${args[@]}" "$1"
}

# name|url|script|BENCH_ACTION
endpoints=(
  "POST /api/v1/sessions/{id}/events (pressure_report, signed in)|http://127.0.0.1:$app_port/|bench/session-events.lua|events"
  "GET /api/v1/sessions/{id} (signed in)|http://127.0.0.1:$app_port/|bench/session-events.lua|read"
  "bare Javalin GET /|http://127.0.0.1:$bare_port/||"
)
echo "load-sessions.sh: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$users users, $max_conns sessions, ${DB_URL:+PostgreSQL }${DB_URL:-SQLite}, $threads wrk threads, $duration per run"
echo
echo "| endpoint | connections | p50 ms | p99 ms | requests/s | errors | 409 (two events at once on one session) | server CPU per request |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
events=0
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name url script action <<<"$entry"
  [ -n "${ONLY:-}" ] && [ -n "$action" ] && [ "$action" != "$ONLY" ] && continue
  server_pid=$app_pid
  [ -z "$action" ] && server_pid=$bare_pid
  kill -0 "$app_pid" && kill -0 "$bare_pid" || { echo "load-sessions.sh: a server died during the load" >&2; exit 1; }
  warm="$(run_wrk "$url" "$script" "$action" "${conns[0]}" "$warmup")"
  [ "$action" = events ] && events=$((events + $(echo "$warm" | awk '/requests in/ { print $1 }')))
  for c in "${conns[@]}"; do
    cpu_before=$(cpu_ticks "$server_pid")
    out="$(run_wrk "$url" "$script" "$action" "$c" "$duration")"
    cpu_after=$(cpu_ticks "$server_pid")
    echo "$out" >"target/bench/load-sessions-$(echo "$name" | tr -c 'a-zA-Z0-9' '_')-$c.txt"
    [ "$action" = events ] && events=$((events + $(echo "$out" | awk '/requests in/ { print $1 }')))
    read -r p50 p99 rps errors conflicts <<<"$(wrk_fields "$out")"
    echo "| $name | $c | $p50 | $p99 | $rps | $errors | $conflicts | $(cpu_per_request "$cpu_before" "$cpu_after" "$out") |"
  done
done
echo
echo "Events sent in all (warm-up included): $events, about $((events / max_conns)) per session on average" \
  "(sessions 1-${conns[0]} take part in every run, so they hold more)."
rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")
echo "BackEase server resident memory after the load: $((rss / 1024)) MB (VmRSS $rss kB)"
# The server gives memory back after 15 s without requests (web.IdleMemoryReturn); what it keeps then
# is what the target "under 150 MB after load" is about.
sleep "${QUIET:-20}"
rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")
echo "BackEase server resident memory after ${QUIET:-20} s of quiet: $((rss / 1024)) MB (VmRSS $rss kB)"
# Of that: anonymous memory (heap, code, stacks, malloc) and file pages (the jar, the ahead-of-time
# cache, libraries: clean, shared, and dropped by the kernel when it needs the room).
awk '/^(RssAnon|RssFile|RssShmem):/ { printf "  %s %d MB\n", $1, $2 / 1024 }' "/proc/$app_pid/status"
if [[ "${BACKEASE_JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
  jcmd="$(dirname "$(readlink -f "/proc/$app_pid/exe")")/jcmd"
  "$jcmd" "$app_pid" VM.native_memory summary >target/bench/load-sessions-nmt.txt 2>&1 || true
  echo "  native memory summary: target/bench/load-sessions-nmt.txt"
fi

#!/usr/bin/env bash
# Start-up time and memory of `backease serve`: time from launching the JVM to the first answered
# GET /api/v1/health (curl polled in a tight loop), RUNS runs per JVM-option variant, median reported;
# and resident memory (VmRSS) once idle. Loopback only; every server started is stopped.
#
# Usage: bench/startup.sh [RUNS]          (default 5)
# Variants measured (same jar, only JVM options differ):
#   default        what ./backease runs today
#   C1 only        -XX:TieredStopAtLevel=1 (the quick JIT only: less compile work at start-up)
#   AppCDS         -XX:SharedArchiveFile=target/bench/backease.jsa, made by one training run with
#                  -XX:ArchiveClassesAtExit (JDK 17 has no -XX:+AutoCreateSharedArchive; that is JDK 19+)
#   AppCDS + C1 + SerialGC + Xmx256m  all of the cheap wins together
# Add your own with VARIANTS="label|options;label|options".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="${APP_PORT:-$(free_port)}" # a free port: never time a server someone else left running
jsa="target/bench/backease.jsa"
mkdir -p target/bench
if [ ! -f target/backease.jar ] || [ -n "$(find pom.xml src/main -newer target/backease.jar -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package >&2
fi

if [ -n "${VARIANTS:-}" ]; then
  IFS=';' read -r -a variants <<<"$VARIANTS"
else
  variants=(
    "default|"
    "C1 only|-XX:TieredStopAtLevel=1"
    "AppCDS|-XX:SharedArchiveFile=$jsa"
    "AppCDS + C1 + SerialGC + Xmx256m|-XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m"
  )
fi

server_pid=""
data=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
  [ -z "$data" ] || rm -rf "$data"
  data=""
}
trap stop_server EXIT

# Starts the server with the given JVM options; sets server_pid and elapsed_ms (time to the first
# answer). Not called in a subshell, so that the server stays this shell's child and gets stopped.
launch() {
  data="$(mktemp -d)"
  local t0 t1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $1 -jar target/backease.jar serve --host 127.0.0.1 --port "$port" --data "$data" \
    >>target/bench/startup-serve.log 2>&1 &
  server_pid=$!
  # The liveness check comes first, so an answer from any other process on the port is never taken.
  while kill -0 "$server_pid" 2>/dev/null || { echo "startup.sh: the server exited; see target/bench/startup-serve.log" >&2; exit 1; }
        ! curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; do
    if (( ($(date +%s%N) - t0) > 60000000000 )); then echo "startup.sh: no answer within 60 s" >&2; exit 1; fi
  done
  t1=$(date +%s%N)
  kill -0 "$server_pid" 2>/dev/null || { echo "startup.sh: the server exited; see target/bench/startup-serve.log" >&2; exit 1; }
  elapsed_ms=$(( (t1 - t0) / 1000000 ))
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# One training run writes the class-data archive (at JVM exit) for the AppCDS variants.
if [[ "${variants[*]}" == *"$jsa"* ]]; then
  rm -f "$jsa"
  launch "-XX:ArchiveClassesAtExit=$jsa"
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" || true
  stop_server
  [ -f "$jsa" ] || { echo "startup.sh: the class-data archive was not written" >&2; exit 1; }
fi

echo "startup.sh: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs each"
echo
echo "| JVM options | start-up runs (ms) | median ms | idle RSS MB (median) |"
echo "| --- | --- | ---: | ---: |"
for entry in "${variants[@]}"; do
  IFS='|' read -r label opts <<<"$entry"
  times=()
  rss=()
  for _ in $(seq 1 "$runs"); do
    launch "$opts"
    times+=("$elapsed_ms")
    sleep 3 # idle: let start-up work settle before reading memory
    rss+=("$(rss_mb "$server_pid")")
    stop_server
  done
  echo "| $label \`${opts:-}\` | ${times[*]} | $(printf '%s\n' "${times[@]}" | median) | $(printf '%s\n' "${rss[@]}" | median) |"
done
if [ -f target/bench/rss-after-load.kb ]; then
  echo
  echo "RSS after the last bench/load.sh run (default options): $(( $(cat target/bench/rss-after-load.kb) / 1024 )) MB"
fi

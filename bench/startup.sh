#!/usr/bin/env bash
# Start-up time and memory of `serve`: time from launching to the first answered GET /api/v1/health
# (curl polled every 10 ms), RUNS runs per variant, median reported; and resident memory (VmRSS)
# once idle. Each run is measured twice: on a fresh data folder (the schema is created) and again on
# the same folder (a restart: the schema is only checked). Loopback only; every server is stopped.
#
# Usage: bench/startup.sh [RUNS]          (default 5)
# Variants (same jar):
#   launcher           ./backease serve: SerialGC, small heap, the class-data archive (AppCDS) the
#                      launcher makes once per build
#   launcher, no CDS   the same with BACKEASE_CDS=0
#   java -jar          plain `java -jar target/backease.jar serve`, JVM defaults
# Add your own with VARIANTS="label|env-and-command;..." (the command gets serve's flags appended).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
# shellcheck source=bench/lib.sh
source bench/lib.sh
mkdir -p target/bench
./backease --version >/dev/null # builds the jar and the class-data archive when they are stale

if [ -n "${VARIANTS:-}" ]; then
  IFS=';' read -r -a variants <<<"$VARIANTS"
else
  variants=(
    "launcher (./backease serve)|./backease"
    "launcher, no class-data archive|env BACKEASE_CDS=0 ./backease"
    "java -jar, JVM defaults|java -jar target/backease.jar"
  )
fi

server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() { stop_server; [ -z "${data:-}" ] || rm -rf "$data"; }
trap cleanup EXIT

# Starts `COMMAND serve ...` on DATA; sets server_pid and elapsed_ms. Not in a subshell, so the server
# stays this shell's child and gets stopped. The launcher execs java, so the PID is the JVM's.
launch() { # command data
  local port t0 t1
  port="$(free_port)"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  $1 serve --host 127.0.0.1 --port "$port" --data "$2" >>target/bench/startup-serve.log 2>&1 &
  server_pid=$!
  # The liveness check comes first, so an answer from any other process on the port is never taken.
  while kill -0 "$server_pid" 2>/dev/null || { echo "startup.sh: the server exited; see target/bench/startup-serve.log" >&2; exit 1; }
        ! curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; do
    if (( ($(date +%s%N) - t0) > 60000000000 )); then echo "startup.sh: no answer within 60 s" >&2; exit 1; fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  elapsed_ms=$(( (t1 - t0) / 1000000 ))
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

echo "startup.sh: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$(BACKEASE_WHICH_JAVA=1 ./backease)" -version 2>&1 | head -1) (the launcher's Java), $runs runs each"
echo
echo "| variant | first start, fresh data (ms) | median | restart, same data (ms) | median | idle RSS MB (median) |"
echo "| --- | --- | ---: | --- | ---: | ---: |"
for entry in "${variants[@]}"; do
  IFS='|' read -r label command <<<"$entry"
  fresh=() again=() rss=()
  for _ in $(seq 1 "$runs"); do
    data="$(mktemp -d)"
    launch "$command" "$data"
    fresh+=("$elapsed_ms")
    stop_server
    launch "$command" "$data"
    again+=("$elapsed_ms")
    sleep 3 # idle: let start-up work settle before reading memory
    rss+=("$(rss_mb "$server_pid")")
    stop_server
    rm -rf "$data"
  done
  echo "| $label | ${fresh[*]} | $(printf '%s\n' "${fresh[@]}" | median) | ${again[*]} | $(printf '%s\n' "${again[@]}" | median) | $(printf '%s\n' "${rss[@]}" | median) |"
done

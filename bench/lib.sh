# Shared by bench/load.sh, bench/load-sessions.sh, bench/growth.sh, bench/startup.sh and bench/lighthouse.sh: free ports, waiting for a server, running wrk
# and turning its output into one Markdown table row. Source it; it defines functions only.

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for() { # url pid
  for _ in $(seq 1 600); do
    kill -0 "$2" 2>/dev/null || { echo "bench: the server for $1 exited; see target/bench/*.log" >&2; return 1; }
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "bench: $1 did not answer within 60 s" >&2
  return 1
}

# wrk prints latencies as 1.23ms / 456.78us / 1.02s; report milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.2f", n }'
}

# Fields of one wrk run: "p50 p99 req/s errors conflicts" (errors = socket errors + non-2xx answers
# other than 409; conflicts = 409 answers, known only when the script reports statuses).
wrk_fields() { # wrk output
  local out="$1" p50 p99 rps sock non2xx conflicts
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  rps=$(echo "$out" | awk '$1 == "Requests/sec:" { printf "%.0f", $2 }')
  sock=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) n += $i; print n + 0 }')
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx/ { print $NF }')
  conflicts=$(echo "$out" | awk '/^statuses:/ { for (i = 2; i <= NF; i++) { split($i, a, "="); if (a[1] == "409") print a[2] } }')
  echo "$(to_ms "$p50") $(to_ms "$p99") ${rps:-0} $(( ${sock:-0} + ${non2xx:-0} - ${conflicts:-0} )) ${conflicts:-0}"
}

# A process's CPU time so far (user + system), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# The server's CPU time per request between two cpu_ticks readings around a wrk run, in microseconds:
# steadier than the latencies on a machine whose speed drifts, and what a change to the code moves.
cpu_per_request() { # ticks_before ticks_after wrk_output
  local requests hz
  requests=$(echo "$3" | awk '/requests in/ { print $1 }')
  hz=$(getconf CLK_TCK)
  awk -v a="$1" -v b="$2" -v n="${requests:-0}" -v hz="$hz" 'BEGIN { if (n > 0) printf "%.0f us", (b - a) * 1000000 / hz / n; else print "-" }'
}

# Compiles the test classes and writes their classpath, for the bare Javalin baseline.
build_bench_classpath() {
  ./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
}

# Starts the bare Javalin baseline (a route answering {"status":"ok"}) on PORT, JVM defaults; sets bare_pid.
# Not called in a subshell, so the server stays the caller's child and can be stopped.
start_bare() { # port log
  # on the Java the launcher runs BackEase on, so both sides of the comparison share one JVM
  "$(BACKEASE_WHICH_JAVA=1 ./backease)" -cp "target/test-classes:$(cat target/bench-classpath.txt)" \
    dev.backease.bench.BareJavalin "$1" >"$2" 2>&1 &
  bare_pid=$!
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

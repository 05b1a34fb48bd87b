#!/usr/bin/env bash
# Crash-safety run: the packaged server is SIGKILLed under concurrent writes and restarted on the same
# data, ROUNDS times on SQLite and on PostgreSQL (embedded, started by the test). After every kill the
# database's integrity check runs on the dead server's files, and every write answered 2xx is read back.
# Usage: bench/crash.sh [ROUNDS] [CLIENTS]      (defaults: 20 rounds, 4 clients)
# Settings: CRASH_MIN_MS / CRASH_MAX_MS (kill after a random time in this range, default 300-3000 ms),
#           CRASH_SEED (repeat a run's kill times). Loopback only. Results: target/crash-results.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-20}"
clients="${2:-4}"
seed_flag=()
if [[ -n "${CRASH_SEED:-}" ]]; then seed_flag=("-Dcrash.seed=${CRASH_SEED}"); fi
mkdir -p target
./mvnw -B verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashSafetyIT \
  -Dcrash.rounds="${rounds}" -Dcrash.clients="${clients}" \
  -Dcrash.minMillis="${CRASH_MIN_MS:-300}" -Dcrash.maxMillis="${CRASH_MAX_MS:-3000}" ${seed_flag[@]+"${seed_flag[@]}"} \
  | tee target/crash-run.log | grep -E '^CRASH|Tests run:|FAIL|BUILD' || true
grep '^CRASH' target/crash-run.log > target/crash-results.txt || true
if grep -q 'BUILD SUCCESS' target/crash-run.log; then
  echo "crash run passed: $(grep -c ' round ' target/crash-results.txt) rounds; details in target/crash-results.txt"
else
  echo "crash run FAILED; see target/crash-run.log" >&2
  exit 1
fi

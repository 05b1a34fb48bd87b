#!/usr/bin/env bash
# Fuzzes the JSON readers with Jazzer, one target at a time (Jazzer fuzzes one @FuzzTest per JVM).
# Each target stops after the maxExecutions / maxDuration in its @FuzzTest annotation (1,000,000 runs
# or 10 minutes). A finding fails the run and is written by Jazzer to
# src/test/resources/dev/backease/fuzz/<Class>Inputs/<method>/crash-*; commit it (after the fix) so that
# every `./mvnw verify` replays it. The growing corpus stays in .cifuzz-corpus/ (not committed).
# Usage: bench/fuzz.sh [TestClass ...]   (default: all four)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(IntakeFuzzTest SessionEventFuzzTest JournalEntryFuzzTest AccountBodyFuzzTest)
mkdir -p target/fuzz
./mvnw -q -B -DskipTests test-compile >&2
status=0
for t in "${targets[@]}"; do
  log="target/fuzz/$t.log"
  start=$(date +%s)
  # @Timeout(5) on each fuzz test is a per-input limit: Jazzer turns it into libFuzzer's -timeout=5
  # (an input that takes longer is reported as a hang). JUnit would apply it to the whole fuzzing run
  # as well, so JUnit's own enforcement is switched off for these runs only.
  JAZZER_FUZZ=1 ./mvnw -B test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1 || status=1
  secs=$(( $(date +%s) - start ))
  # libFuzzer's last status line ("#1000000 DONE ... exec/s: N") or "Done N runs in S second(s)"
  last=$(grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1)
  done_line=$(grep -aE '^Done [0-9]+ runs' "$log" | tail -1)
  result=$(grep -aE 'Tests run: .*in dev.backease.fuzz' "$log" | tail -1)
  printf '%s (%ss wall)\n  %s\n  %s\n  %s\n' "$t" "$secs" "${done_line:-no Done line}" "${last:-no status line}" "${result:-no surefire result; see $log}"
done
exit $status

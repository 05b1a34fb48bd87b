#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/dev/backease/bench) and prints their percentiles.
# Usage: bench/jmh.sh [JMH options, e.g. a benchmark name regex or -f 1 -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"

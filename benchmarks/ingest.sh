#!/usr/bin/env bash
# The telemetry ingest benchmark on PostgreSQL: UTM Kit's batch path (the one TelemetryService
# uses) against one entity per transaction (ids pooled, or drawn one by one from the schema's
# sequence) and against a competent Hibernate setup (JDBC batches of 50, 1,000 rows per
# transaction), same rows, one run, three forks each with its own embedded PostgreSQL. About six
# minutes on 2 cores. Prints rows per second and the ratios; the last three lines are
#   ingest ratio UTM Kit batch path / one entity per transaction: X.X (bar 50)
#   ingest ratio UTM Kit batch path / one entity per tx, schema's sequence: X.X (bar 50)
#   ingest ratio UTM Kit batch path / Hibernate batched: X.XX (bar 3)
# Extra JMH options go after it (e.g. -f 5, or -p synchronousCommit=on,off). See benchmarks/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"

./mvnw -q -pl benchmarks -am package -DskipTests
# A private copy of the jar: a build started meanwhile in the same tree rewrites target/.
jar="$(mktemp "${TMPDIR:-/tmp}/utm-benchmarks-XXXXXX.jar")"
trap 'rm -f "$jar"' EXIT
cp "$here/target/benchmarks.jar" "$jar"
mkdir -p "$here/target"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="$here/target/ingest-$stamp.json"
log="$here/target/ingest-$stamp.log"
echo "JMH: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "JMH log: $log"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$jar" 'TelemetryIngestBenchmark' \
    -f 3 -wi 2 -w 3s -i 3 -r 3s -foe true "$@" \
    -rf json -rff "$json" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) (on 2 cores, anything much above 1 means other work competed)"
echo
python3 "$here/ingest_report.py" "$json"
